using FeedWatch.Core.Normalizing;

namespace FeedWatch.Cli.Output;

/// <summary>
/// Stored feed text made writable as XML: characters XML 1.0 cannot carry go (XmlWriter throws on
/// them), and terminal escape sequences with them (a reader in a terminal would act on them).
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text) =>
        string.IsNullOrEmpty(text) ? "" : XmlForbiddenCharacters.Remove(ControlSequences.Remove(text));
}

using FeedWatch.Core.Parsing;

namespace FeedWatch.Cli.Probing;

/// <summary>What probing one document found: its feed and entries, or why it could not be read.</summary>
/// <param name="Path">The document as it was named on the command line.</param>
/// <param name="Error">Null when the document was fetched and parsed; else the failure kind and message.</param>
/// <param name="Warning">Set when the document broke part-way and only the entries before the break were read.</param>
internal sealed record ProbeReport(
    string Path,
    FeedFormat? Format,
    string? Error,
    string? Warning,
    string? FeedTitle,
    string? FeedLink,
    IReadOnlyList<ProbedEntry> Entries)
{
    public static ProbeReport Failed(string path, string kind, string message) => new(path, null, $"{kind}: {message}", null, null, null, []);
}

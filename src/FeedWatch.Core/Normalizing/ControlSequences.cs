using System.Text.RegularExpressions;

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// Terminal control sequences in feed text. Removing only the ESC character would leave the
/// sequence's parameters behind as text ("]0;pwned"), so the whole sequence goes.
/// </summary>
public static partial class ControlSequences
{
    public static string Remove(string text) =>
        text.AsSpan().ContainsAny('\u001b', '\u009b', '\u009d') ? EscapeSequence().Replace(text, "") : text;

    // CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences, and 8-bit C1 CSI/OSC.
    [GeneratedRegex(@"\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007]*\u0007?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EscapeSequence();
}

using System.Text;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Cli.Output;

/// <summary>
/// Feed text is untrusted: a title carrying <c>ESC]0;…BEL</c> or <c>ESC[2J</c> could retitle or
/// clear the analyst's terminal. Escape sequences and control characters are removed before printing.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string? text) => Clean(text, keepLineBreaks: false);

    /// <param name="keepLineBreaks">Keep <c>\n</c> and <c>\r</c>: for a quoted CSV field, where a line break is data, not layout.</param>
    public static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var withoutSequences = ControlSequences.Remove(text);
        var output = new StringBuilder(withoutSequences.Length);
        foreach (var c in withoutSequences)
        {
            if (keepLineBreaks && c is '\n' or '\r')
            {
                output.Append(c);
            }
            else if (c is '\n' or '\t' or '\r')
            {
                output.Append(' ');
            }
            else if (!char.IsControl(c) && c is not ('\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069')))
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    public static string Truncate(string text, int width)
    {
        if (text.Length <= width)
        {
            return text;
        }

        var cut = Math.Max(width - 1, 0);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            // Never leave half of an emoji or other astral character before the ellipsis.
            cut--;
        }

        return text[..cut] + "…";
    }
}

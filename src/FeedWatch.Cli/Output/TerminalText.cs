using System.Text;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Cli.Output;

/// <summary>
/// Feed text is untrusted: a title carrying <c>ESC]0;…BEL</c> or <c>ESC[2J</c> could retitle or
/// clear the analyst's terminal. Escape sequences and control characters are removed before printing.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var withoutSequences = ControlSequences.Remove(text);
        var output = new StringBuilder(withoutSequences.Length);
        foreach (var c in withoutSequences)
        {
            if (c is '\n' or '\t' or '\r')
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

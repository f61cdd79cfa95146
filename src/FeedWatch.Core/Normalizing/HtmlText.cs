using System.Net;
using System.Text;

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// HTML fragment to plain text: tags dropped (script and style with their content), entities
/// decoded, whitespace collapsed. Block-level tags become spaces so words never run together;
/// inline tags vanish so "the &lt;b&gt;TTP&lt;/b&gt;, police" keeps its comma in place.
/// </summary>
public static class HtmlText
{
    private static readonly string[] SkippedElements = ["script", "style"];

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "strike", "tt",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && IsTagStart(html[i + 1]))
            {
                var end = SkipTag(html, i, out var inline);
                if (!inline)
                {
                    text.Append(' ');
                }

                i = end;
                continue;
            }

            text.Append(c);
            i++;
        }

        return CollapseWhitespace(WebUtility.HtmlDecode(text.ToString()));
    }

    public static string CollapseWhitespace(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static bool IsTagStart(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    /// <returns>The index just past the tag (or past the element, for script and style).</returns>
    private static int SkipTag(string html, int start, out bool inline)
    {
        inline = false;
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var endComment = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return endComment < 0 ? html.Length : endComment + 3;
        }

        var end = TagEnd(html, start);
        if (end < 0)
        {
            return html.Length;
        }

        var name = TagName(html, start);
        inline = InlineElements.Contains(name);
        foreach (var element in SkippedElements)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase) && html[start + 1] != '/')
            {
                var close = html.IndexOf("</" + element, end, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                return closeEnd < 0 ? html.Length : closeEnd + 1;
            }
        }

        return end + 1;
    }

    /// <summary>The closing '>' of a tag, skipping quoted attribute values ("exports &gt; imports").</summary>
    private static int TagEnd(string html, int start)
    {
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
            {
                return i;
            }

            if (c is '"' or '\'' && PreviousNonSpace(html, i, start) == '=')
            {
                var closeQuote = html.IndexOf(c, i + 1);
                if (closeQuote < 0)
                {
                    // An unterminated quote: fall back to the first '>' rather than swallowing the text.
                    return html.IndexOf('>', start + 1);
                }

                i = closeQuote;
            }
        }

        return -1;
    }

    private static char PreviousNonSpace(string html, int index, int floor)
    {
        for (var i = index - 1; i > floor; i--)
        {
            if (!char.IsWhiteSpace(html[i]))
            {
                return html[i];
            }
        }

        return '\0';
    }

    private static string TagName(string html, int start)
    {
        var i = start + 1;
        if (i < html.Length && html[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        return html[nameStart..i];
    }
}

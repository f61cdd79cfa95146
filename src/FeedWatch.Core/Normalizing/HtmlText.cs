using System.Net;
using System.Text;

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// HTML fragment to plain text: tags dropped (script and style with their content), entities
/// decoded, whitespace collapsed. Block-level tags become spaces so words never run together.
/// </summary>
public static class HtmlText
{
    private static readonly string[] SkippedElements = ["script", "style"];

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
                i = SkipTag(html, i);
                text.Append(' ');
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

    private static int SkipTag(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var endComment = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return endComment < 0 ? html.Length : endComment + 3;
        }

        var end = html.IndexOf('>', start + 1);
        if (end < 0)
        {
            return html.Length;
        }

        foreach (var element in SkippedElements)
        {
            if (html.AsSpan(start + 1).StartsWith(element, StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + element, end, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                return closeEnd < 0 ? html.Length : closeEnd + 1;
            }
        }

        return end + 1;
    }
}

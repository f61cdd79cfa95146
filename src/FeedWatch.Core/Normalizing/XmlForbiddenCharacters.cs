using System.Text;

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// Characters XML 1.0 cannot carry even escaped (stray C0 controls, lone surrogates,
/// U+FFFE/U+FFFF): removed before text is read as XML (a broken feed's recovery read) or written as
/// XML (an exported feed, an OPML list), where XmlReader and XmlWriter would throw on them.
/// </summary>
public static class XmlForbiddenCharacters
{
    /// <summary>One pass; the text is copied only from the first character that has to go.</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? output = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || IsAllowed(c))
            {
                output?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
            }
            else
            {
                output ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }

        return output?.ToString() ?? text;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'));
}

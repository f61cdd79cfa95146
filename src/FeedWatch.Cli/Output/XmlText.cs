using System.Text;
using System.Xml;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Cli.Output;

/// <summary>
/// XML 1.0 cannot carry most control characters or a lone surrogate, even escaped, and XmlWriter
/// throws on them; stored feed text can hold them, so they are dropped before writing, and terminal
/// escape sequences with them (a reader in a terminal would act on them).
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        text = ControlSequences.Remove(text);
        if (IsValid(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                output.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                output.Append(text, i, 2);
                i++;
            }
        }

        return output.ToString();
    }

    // Nearly all text is valid; checking first saves a copy of every field.
    private static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}

using System.Net;
using System.Text;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Feeds use HTML entities (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>) and bare ampersands that XML
/// rejects, and one of them would cost the whole feed. Rewrites them to numeric references or
/// <c>&amp;amp;</c> outside CDATA and comments; declaring the entities instead breaks documents that
/// carry their own DOCTYPE.
/// </summary>
internal static class XmlEntityRepair
{
    private const int MaxEntityNameLength = 32;

    public static string Repair(string xml)
    {
        var ampersand = xml.IndexOf('&', StringComparison.Ordinal);
        if (ampersand < 0)
        {
            return xml;
        }

        var output = new StringBuilder(xml.Length + 64);
        var i = 0;
        while (i < xml.Length)
        {
            var c = xml[i];
            if (c == '<' && TrySkip(xml, i, "<![CDATA[", "]]>", output, out var next)
                || c == '<' && TrySkip(xml, i, "<!--", "-->", output, out next))
            {
                i = next;
                continue;
            }

            if (c == '&')
            {
                i = RepairReference(xml, i, output);
                continue;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }

    private static bool TrySkip(string xml, int start, string open, string close, StringBuilder output, out int next)
    {
        next = start;
        if (string.CompareOrdinal(xml, start, open, 0, open.Length) != 0)
        {
            return false;
        }

        var end = xml.IndexOf(close, start + open.Length, StringComparison.Ordinal);
        next = end < 0 ? xml.Length : end + close.Length;
        output.Append(xml, start, next - start);
        return true;
    }

    private static int RepairReference(string xml, int ampersand, StringBuilder output)
    {
        var semicolon = xml.IndexOf(';', ampersand + 1, Math.Min(MaxEntityNameLength + 2, xml.Length - ampersand - 1));
        if (semicolon < 0)
        {
            output.Append("&amp;");
            return ampersand + 1;
        }

        var name = xml.AsSpan(ampersand + 1, semicolon - ampersand - 1);
        if (IsXmlReference(name))
        {
            output.Append(xml, ampersand, semicolon - ampersand + 1);
            if (name is ['#', 'X', ..])
            {
                // "&#X41;" is an HTML spelling; XML accepts only the lower-case x.
                output[output.Length - name.Length] = 'x';
            }
        }
        else if (IsName(name) && WebUtility.HtmlDecode(xml.Substring(ampersand, semicolon - ampersand + 1)) is var decoded
                 && decoded[0] != '&')
        {
            foreach (var rune in decoded.EnumerateRunes())
            {
                output.Append("&#").Append(rune.Value).Append(';');
            }
        }
        else
        {
            output.Append("&amp;");
            return ampersand + 1;
        }

        return semicolon + 1;
    }

    private static bool IsXmlReference(ReadOnlySpan<char> name) =>
        name is "amp" or "lt" or "gt" or "quot" or "apos"
        || (name.Length > 1 && name[0] == '#' && IsNumericReference(name[1..]));

    private static bool IsNumericReference(ReadOnlySpan<char> digits)
    {
        if (digits.Length > 1 && digits[0] is 'x' or 'X')
        {
            foreach (var d in digits[1..])
            {
                if (!char.IsAsciiHexDigit(d))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var d in digits)
        {
            if (!char.IsAsciiDigit(d))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var ch in name)
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}

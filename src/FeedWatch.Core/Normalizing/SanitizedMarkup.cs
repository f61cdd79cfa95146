namespace FeedWatch.Core.Normalizing;

/// <summary>
/// Recognises markup that the sanitizer would return unchanged, so that it need not be parsed: most
/// feed descriptions are a few paragraphs with links and emphasis, and building an HTML5 DOM for each
/// was the largest cost of a poll outside the store (bench/README.md). Only a strict subset is
/// recognised: lower-case allow-listed elements, nested without anything the HTML parser would
/// re-arrange, double-quoted allow-listed attributes, http(s) URLs, and text written the way the
/// serializer writes it. Anything else goes to the sanitizer; a test holds this to the sanitizer's
/// own output on every corpus description.
/// </summary>
internal static class SanitizedMarkup
{
    private const int MaxDepth = 16;

    private static readonly ElementRule Link = new(2, Block: false, Void: false, ["href", "title"]);

    private static readonly Dictionary<string, ElementRule> Elements = new(StringComparer.Ordinal)
    {
        ["p"] = new(0, Block: true, Void: false, []),
        ["br"] = new(1, Block: false, Void: true, []),
        ["a"] = Link,
        ["b"] = new(3, Block: false, Void: false, []),
        ["strong"] = new(4, Block: false, Void: false, []),
        ["i"] = new(5, Block: false, Void: false, []),
        ["em"] = new(6, Block: false, Void: false, []),
        ["span"] = new(7, Block: false, Void: false, []),
        ["img"] = new(8, Block: false, Void: true, ["src", "alt", "title", "width", "height"]),
    };

    private static readonly Dictionary<string, ElementRule>.AlternateLookup<ReadOnlySpan<char>> ElementsByName = Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <returns>Whether <paramref name="html"/> is exactly what the sanitizer would make of it.</returns>
    public static bool IsUnchangedBySanitizer(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        Span<int> open = stackalloc int[MaxDepth];
        var depth = 0;
        var insideLink = false;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                if (!ReadTag(html, ref i, open, ref depth, ref insideLink))
                {
                    return false;
                }

                continue;
            }

            if (!IsSerializedTextAt(html, ref i, inAttribute: false))
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static bool ReadTag(string html, ref int i, Span<int> open, ref int depth, ref bool insideLink)
    {
        var closing = i + 1 < html.Length && html[i + 1] == '/';
        var nameStart = i + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && html[nameEnd] is >= 'a' and <= 'z')
        {
            nameEnd++;
        }

        if (!ElementsByName.TryGetValue(html.AsSpan(nameStart, nameEnd - nameStart), out var rule))
        {
            return false;
        }

        var id = rule.Id;
        if (closing)
        {
            // The end tag of the innermost open element only: anything else makes the parser re-arrange.
            if (rule.Void || depth == 0 || open[depth - 1] != id || nameEnd >= html.Length || html[nameEnd] != '>')
            {
                return false;
            }

            depth--;
            insideLink &= rule != Link;
            i = nameEnd + 1;
            return true;
        }

        // A paragraph inside anything, or a link inside a link, is closed or moved by the parser.
        var isLink = rule == Link;
        if ((rule.Block && depth > 0) || (isLink && insideLink))
        {
            return false;
        }

        i = nameEnd;
        if (!ReadAttributes(html, ref i, rule))
        {
            return false;
        }

        if (!rule.Void)
        {
            if (depth == MaxDepth)
            {
                return false;
            }

            open[depth++] = id;
            insideLink |= isLink;
        }

        return true;
    }

    /// <summary>Attributes as the serializer writes them: one space before each, name="value", then '&gt;'.</summary>
    private static bool ReadAttributes(string html, ref int i, ElementRule rule)
    {
        var seen = 0;
        while (i < html.Length && html[i] == ' ')
        {
            var nameStart = i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is >= 'a' and <= 'z')
            {
                nameEnd++;
            }

            var index = IndexOf(rule.Attributes, html.AsSpan(nameStart, nameEnd - nameStart));
            if (index < 0 || (seen & (1 << index)) != 0 || nameEnd + 1 >= html.Length || html[nameEnd] != '=' || html[nameEnd + 1] != '"')
            {
                return false;
            }

            seen |= 1 << index;
            var valueStart = nameEnd + 2;
            var valueEnd = html.IndexOf('"', valueStart);
            if (valueEnd < 0 || !IsSafeValue(rule.Attributes[index], html, valueStart, valueEnd))
            {
                return false;
            }

            i = valueEnd + 1;
        }

        if (i >= html.Length || html[i] != '>')
        {
            return false;
        }

        i++;
        return true;
    }

    private static bool IsSafeValue(string attribute, string html, int start, int end)
    {
        var value = html.AsSpan(start, end - start);
        switch (attribute)
        {
            case "href" or "src":
                // The sanitizer checks the scheme and may re-encode anything but plain ASCII URLs.
                if (!value.StartsWith("https://", StringComparison.Ordinal) && !value.StartsWith("http://", StringComparison.Ordinal))
                {
                    return false;
                }

                foreach (var c in value)
                {
                    if (c is <= ' ' or > '~' or '<' or '>' or '\\' or '`' or '{' or '}' or '|' or '^')
                    {
                        return false;
                    }
                }

                break;
            case "width" or "height":
                if (value.IsEmpty || value.ContainsAnyExceptInRange('0', '9'))
                {
                    return false;
                }

                break;
        }

        for (var i = start; i < end;)
        {
            if (!IsSerializedTextAt(html, ref i, inAttribute: true) || i > end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One character (or reference) of text as the serializer writes it: it decodes every reference
    /// and escapes only &amp;, a no-break space and, in text, &lt; and &gt; (in attributes, the quote).
    /// </summary>
    private static bool IsSerializedTextAt(string html, ref int i, bool inAttribute)
    {
        var c = html[i];
        switch (c)
        {
            case '&':
                var rest = html.AsSpan(i);
                foreach (var reference in inAttribute ? AttributeReferences : TextReferences)
                {
                    if (rest.StartsWith(reference, StringComparison.Ordinal))
                    {
                        i += reference.Length;
                        return true;
                    }
                }

                return false;
            case '>' or '<' or '\u00A0' or '\r' or '\f' or '\0':
                return false;
            case < ' ' and not '\n' and not '\t':
                return false;
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= html.Length || !char.IsLowSurrogate(html[i + 1]))
            {
                return false;
            }

            i += 2;
            return true;
        }

        if (char.IsLowSurrogate(c) || c is >= '\u007F' and <= '\u009F')
        {
            return false;
        }

        i++;
        return true;
    }

    private static readonly string[] TextReferences = ["&amp;", "&lt;", "&gt;", "&nbsp;"];

    private static readonly string[] AttributeReferences = ["&amp;", "&quot;", "&nbsp;"];

    private static int IndexOf(string[] names, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <param name="Id">Tells open elements apart on the stack.</param>
    private sealed record ElementRule(int Id, bool Block, bool Void, string[] Attributes);
}

using System.Net;
using System.Text;
using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>Reads element content the ways feeds use it. Every method consumes the whole element.</summary>
internal static class XmlContent
{
    /// <summary>
    /// The element's text. Child elements (unescaped XHTML inside an RSS description) are kept
    /// as markup rather than failing the feed, as ReadElementContentAsString would.
    /// </summary>
    public static string ReadMixed(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        string? single = null;
        StringBuilder? builder = null;
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            string piece;
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    piece = reader.Value;
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    piece = reader.ReadOuterXml();
                    break;
                default:
                    reader.Read();
                    continue;
            }

            // One text node is by far the common case: no builder, no copy.
            if (single is null && builder is null)
            {
                single = piece;
            }
            else
            {
                builder ??= new StringBuilder(single);
                builder.Append(piece);
            }
        }

        reader.Read();
        return builder?.ToString() ?? single ?? "";
    }

    /// <summary>
    /// An Atom text construct (or an RSS element) as HTML: <c>type="text"</c> is escaped so that
    /// "AT&amp;T &lt;rocks&gt;" stays text, xhtml is kept as markup, RSS text is already HTML.
    /// </summary>
    public static string ReadAsHtml(XmlReader reader, bool plainTextByDefault)
    {
        var type = reader.GetAttribute("type")?.Trim().ToLowerInvariant();
        var mode = reader.GetAttribute("mode")?.Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" && type is not ("text" or "text/plain"))
        {
            return ReadXhtml(reader);
        }

        var text = ReadMixed(reader);
        if (mode == "base64")
        {
            text = DecodeBase64(text);
        }

        // "plain" is Media RSS's spelling.
        var isPlainText = type is "text" or "text/plain" or "plain" || (type is null && mode is null && plainTextByDefault);
        return isPlainText ? WebUtility.HtmlEncode(text) : text;
    }

    /// <summary>
    /// Atom xhtml content is wrapped in one XHTML <c>div</c> that is not part of the content
    /// (RFC 4287 section 3.1.1.3); without the wrapper, the markup is kept as it comes.
    /// </summary>
    private static string ReadXhtml(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.Comment)
        {
            reader.Read();
        }

        if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "div" && reader.NamespaceURI == FeedNamespaces.Xhtml)
        {
            var inner = reader.ReadInnerXml();
            SkipToEndOf(reader, depth);
            return WithoutXhtmlNamespace(inner);
        }

        var html = new StringBuilder();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    html.Append(reader.ReadOuterXml());
                    continue;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    html.Append(WebUtility.HtmlEncode(reader.Value));
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    html.Append(reader.Value);
                    break;
            }

            reader.Read();
        }

        reader.Read();
        return WithoutXhtmlNamespace(html.ToString());
    }

    // The serializer repeats the XHTML namespace on each copied element; in HTML it means nothing.
    private static string WithoutXhtmlNamespace(string markup) =>
        markup.Replace(" xmlns=\"" + FeedNamespaces.Xhtml + "\"", "", StringComparison.Ordinal);

    private static void SkipToEndOf(XmlReader reader, int depth)
    {
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }

    private static string DecodeBase64(string text)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim()));
        }
        catch (FormatException)
        {
            return text;
        }
    }
}

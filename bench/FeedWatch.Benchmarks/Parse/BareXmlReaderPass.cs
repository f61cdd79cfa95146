using System.Text;
using System.Xml;

namespace FeedWatch.Benchmarks.Parse;

/// <summary>
/// The ceiling: one forward XmlReader pass that reads each item's/entry's title, link, id, date and
/// text as strings, and nothing else (no format detection, no date parsing, no repair, no recovery).
/// </summary>
internal static class BareXmlReaderPass
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    private const string MediaRssNamespace = "http://search.yahoo.com/mrss";

    /// <summary>Total characters read, kept so no field read can be considered dead.</summary>
    public static long CharactersRead { get; private set; }

    /// <returns>Items and entries read, or null when the reader threw (broken XML, unknown encoding, JSON).</returns>
    public static int? CountEntries(byte[] body)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), Settings);
            var entries = 0;
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    ReadEntry(reader);
                    entries++;
                }
                else
                {
                    reader.Read();
                }
            }

            return entries;
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static void ReadEntry(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        string? title = null, link = null, id = null, date = null, text = null;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            // Each Read… call below leaves the reader on the node after the element: no extra Read().
            switch (reader.LocalName)
            {
                case "title":
                    title = ReadText(reader);
                    break;
                case "link" when link is null && reader.GetAttribute("href") is { } href:
                    link = href;
                    reader.Skip();
                    break;
                case "link" when link is null:
                    link = ReadText(reader);
                    break;
                case "guid" or "id":
                    id = ReadText(reader);
                    break;
                case "pubDate" or "published" or "updated" or "date":
                    date = ReadText(reader);
                    break;
                case "content" when reader.NamespaceURI.StartsWith(MediaRssNamespace, StringComparison.Ordinal):
                    // <media:content> is an enclosure with child elements, not the entry's text.
                    reader.Skip();
                    break;
                case "description" or "summary" or "content" or "encoded":
                    text = ReadText(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.Read();
        CharactersRead += (title?.Length ?? 0) + (link?.Length ?? 0) + (id?.Length ?? 0) + (date?.Length ?? 0) + (text?.Length ?? 0);
    }

    private static string ReadText(XmlReader reader) =>
        reader.GetAttribute("type") == "xhtml" ? reader.ReadInnerXml() : reader.ReadElementContentAsString();
}

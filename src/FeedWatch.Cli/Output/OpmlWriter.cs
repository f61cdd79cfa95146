using System.Globalization;
using System.Text;
using System.Xml;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Opml;

namespace FeedWatch.Cli.Output;

/// <summary>
/// The config's feeds as an OPML 2.0 subscription list for another reader. Each outline also
/// carries its <c>feedwatch:id</c>, so importing the list into an empty config gives back the same
/// ids; a disabled feed is an outline with <c>isComment="true"</c>, OPML's "commented out".
/// </summary>
internal static class OpmlWriter
{
    public static byte[] Write(IEnumerable<FeedDefinition> feeds, DateTimeOffset created)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, IndentChars = "  " };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "feedwatch", null, OpmlReader.FeedWatchNamespace);
            xml.WriteStartElement("head");
            xml.WriteElementString("title", "FeedWatch feeds");
            xml.WriteElementString("dateCreated", created.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var feed in feeds)
            {
                xml.WriteStartElement("outline");
                // OPML requires text; a feed without a title is known by its id.
                xml.WriteAttributeString("text", XmlText.Clean(feed.Title ?? feed.Id));
                if (feed.Title is not null)
                {
                    xml.WriteAttributeString("title", XmlText.Clean(feed.Title));
                }

                xml.WriteAttributeString("type", "rss");
                xml.WriteAttributeString("xmlUrl", XmlText.Clean(feed.Url));
                if (!feed.Enabled)
                {
                    xml.WriteAttributeString("isComment", "true");
                }

                xml.WriteAttributeString("id", OpmlReader.FeedWatchNamespace, feed.Id);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}

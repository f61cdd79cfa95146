using System.Globalization;
using System.Security;
using System.Text;

namespace FeedWatch.Core.Tests.Support;

/// <summary>Writes small RSS 2.0 documents for tests; every value is XML-escaped.</summary>
public static class RssBuilder
{
    public static string Feed(string title, params TestEntry[] entries)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>");
        xml.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title><link>https://example.org/</link><description>test</description>");
        foreach (var entry in entries)
        {
            xml.Append("<item>");
            xml.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(entry.Title)}</title>");
            if (entry.Link is not null)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<link>{SecurityElement.Escape(entry.Link)}</link>");
            }

            if (entry.EntryId is not null)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">{SecurityElement.Escape(entry.EntryId)}</guid>");
            }

            if (entry.PubDate is not null)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<pubDate>{SecurityElement.Escape(entry.PubDate)}</pubDate>");
            }

            xml.Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(entry.Description)}</description>");
            xml.Append("</item>");
        }

        xml.Append("</channel></rss>");
        return xml.ToString();
    }
}

public sealed record TestEntry(string Title, string? Link, string? EntryId = null, string Description = "", string? PubDate = "Mon, 23 Nov 2026 10:00:00 GMT");

using System.ServiceModel.Syndication;
using System.Xml;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Output;

/// <summary>Stored items as an RSS 2.0 or Atom 1.0 document that any feed reader can subscribe to.</summary>
internal static class ItemFeedWriter
{
    public static void Write(TextWriter output, ExportFormat format, string title, DateTimeOffset now, IEnumerable<StoredItem> items)
    {
        var feed = new SyndicationFeed(XmlText.Clean(title), "Items stored by FeedWatch.", null, "feedwatch:export", now)
        {
            Generator = "FeedWatch",
            // Lazy: the formatter pulls items as it writes them.
            Items = items.Select(ToSyndication),
        };
        var settings = new XmlWriterSettings { Indent = true, CloseOutput = false };
        using var writer = XmlWriter.Create(output, settings);
        SyndicationFeedFormatter formatter = format == ExportFormat.Atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed);
        formatter.WriteTo(writer);
    }

    private static SyndicationItem ToSyndication(StoredItem item)
    {
        var entry = new SyndicationItem
        {
            // Stable across exports, so a reader that polls the exported file never shows an item twice.
            Id = $"feedwatch:item:{item.Id}",
            Title = new TextSyndicationContent(XmlText.Clean(item.Title)),
            Summary = new TextSyndicationContent(XmlText.Clean(item.Summary)),
            PublishDate = AsOffset(item.Published ?? item.FirstSeen),
            // FirstSeen, not LastSeen: a story a feed repeats has not changed, and readers mark updated entries unread.
            LastUpdatedTime = AsOffset(item.FirstSeen),
        };
        if (item.Content.Length > 0 && item.Content != item.Summary)
        {
            entry.Content = new TextSyndicationContent(XmlText.Clean(item.Content));
        }

        if (Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
        {
            entry.Links.Add(SyndicationLink.CreateAlternateLink(link));
        }

        if (!string.IsNullOrWhiteSpace(item.Author))
        {
            entry.Authors.Add(new SyndicationPerson { Name = XmlText.Clean(item.Author) });
        }

        foreach (var rule in item.Matches.Select(m => m.Rule).Distinct())
        {
            entry.Categories.Add(new SyndicationCategory(XmlText.Clean(rule)));
        }

        return entry;
    }

    private static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}

using System.ServiceModel.Syndication;
using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>Maps System.ServiceModel.Syndication's object model onto <see cref="ParsedFeed"/>.</summary>
internal static class SyndicationMapper
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed Map(SyndicationFeed feed, FeedFormat format)
    {
        var entries = feed.Items.Select(MapItem).ToList();
        return new ParsedFeed(format, feed.Title?.Text, AlternateLink(feed.Links), entries);
    }

    private static ParsedEntry MapItem(SyndicationItem item) => new(
        Id: string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(),
        Link: AlternateLink(item.Links),
        Title: item.Title?.Text,
        SummaryHtml: item.Summary?.Text,
        ContentHtml: (item.Content as TextSyndicationContent)?.Text ?? Extension(item, "encoded", ContentModule),
        Author: AuthorOf(item),
        Categories: item.Categories.Select(c => c.Label ?? c.Name).Where(c => !string.IsNullOrWhiteSpace(c)).ToList(),
        Published: Known(item.PublishDate),
        Updated: Known(item.LastUpdatedTime));

    private static string? AlternateLink(IEnumerable<SyndicationLink> links)
    {
        // An enclosure (podcast audio) or self link is never the article, even when it is the only link.
        var link = links.FirstOrDefault(l => l.RelationshipType is null or "alternate")
            ?? links.FirstOrDefault(l => l.RelationshipType is not ("enclosure" or "self"));
        if (link?.Uri is null)
        {
            return null;
        }

        var uri = link.BaseUri is not null && !link.Uri.IsAbsoluteUri ? new Uri(link.BaseUri, link.Uri) : link.Uri;
        return uri.OriginalString;
    }

    private static string? AuthorOf(SyndicationItem item)
    {
        var person = item.Authors.FirstOrDefault();
        return person?.Name ?? person?.Email ?? Extension(item, "creator", DublinCore);
    }

    private static string? Extension(SyndicationItem item, string name, string ns)
    {
        var extension = item.ElementExtensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns);
        if (extension is null)
        {
            return null;
        }

        try
        {
            using var reader = extension.GetReader();
            return reader.ReadElementContentAsString();
        }
        catch (XmlException)
        {
            // Unescaped HTML inside the element: keep it as markup rather than lose the entry.
            using var reader = extension.GetReader();
            return reader.ReadInnerXml();
        }
    }

    private static DateTimeOffset? Known(DateTimeOffset value) =>
        value == DateTimeOffset.MinValue ? null : value.ToUniversalTime();
}

using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>The format from the root element, never from the URL or the content type.</summary>
internal static class FeedFormatDetector
{
    /// <returns>The format, or null with <paramref name="notAFeed"/> saying what the document is instead.</returns>
    public static FeedFormat? Detect(XmlReader reader, out string? notAFeed)
    {
        notAFeed = null;
        switch (reader.LocalName)
        {
            case "rss":
                return RssVersion(reader.GetAttribute("version"));
            case "RDF" when reader.NamespaceURI == FeedNamespaces.Rdf:
                return reader.LookupNamespace("") == FeedNamespaces.Rss090 ? FeedFormat.Rss090 : FeedFormat.Rss10;
            case "feed":
                return reader.NamespaceURI switch
                {
                    FeedNamespaces.Atom10 => FeedFormat.Atom10,
                    FeedNamespaces.Atom03 => FeedFormat.Atom03,
                    _ => FeedFormat.Atom,
                };
            case "entry" when reader.NamespaceURI is FeedNamespaces.Atom10 or FeedNamespaces.Atom03:
                return reader.NamespaceURI == FeedNamespaces.Atom10 ? FeedFormat.Atom10 : FeedFormat.Atom03;
            case "html" or "HTML" or "body":
                notAFeed = "The document is an HTML page, not a feed.";
                return null;
            default:
                notAFeed = $"Not a feed: the root element is <{reader.Name}>; expected <rss>, <rdf:RDF> or <feed>.";
                return null;
        }
    }

    private static FeedFormat RssVersion(string? version) => version?.Trim() switch
    {
        "0.90" or "0.9" => FeedFormat.Rss090,
        "0.91" => FeedFormat.Rss091,
        "0.92" => FeedFormat.Rss092,
        "0.93" => FeedFormat.Rss093,
        "0.94" => FeedFormat.Rss094,
        "2.0" or "2.00" or "2" => FeedFormat.Rss20,
        _ => FeedFormat.Rss,
    };
}

namespace FeedWatch.Core.Parsing;

public static class FeedFormats
{
    /// <summary>How people name the format: "RSS 2.0", "Atom 1.0", "JSON Feed 1.1".</summary>
    public static string Describe(this FeedFormat format) => format switch
    {
        FeedFormat.Rss090 => "RSS 0.90",
        FeedFormat.Rss091 => "RSS 0.91",
        FeedFormat.Rss092 => "RSS 0.92",
        FeedFormat.Rss093 => "RSS 0.93",
        FeedFormat.Rss094 => "RSS 0.94",
        FeedFormat.Rss20 => "RSS 2.0",
        FeedFormat.Rss => "RSS (version unknown)",
        FeedFormat.Rss10 => "RSS 1.0 (RDF)",
        FeedFormat.Atom03 => "Atom 0.3",
        FeedFormat.Atom10 => "Atom 1.0",
        FeedFormat.Atom => "Atom (version unknown)",
        FeedFormat.JsonFeed10 => "JSON Feed 1.0",
        FeedFormat.JsonFeed11 => "JSON Feed 1.1",
        FeedFormat.JsonFeed => "JSON Feed (version unknown)",
        _ => format.ToString(),
    };
}

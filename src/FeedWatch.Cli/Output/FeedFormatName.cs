using FeedWatch.Core.Parsing;

namespace FeedWatch.Cli.Output;

/// <summary>How a detected feed format is printed: a stable id for scripts, a name for people.</summary>
internal static class FeedFormatName
{
    /// <summary><c>rss20</c>, <c>atom10</c>, <c>json11</c>: the ids feedparser and the corpus oracle use.</summary>
    public static string Id(FeedFormat format) => format switch
    {
        FeedFormat.Rss090 => "rss090",
        FeedFormat.Rss091 => "rss091",
        FeedFormat.Rss092 => "rss092",
        FeedFormat.Rss093 => "rss093",
        FeedFormat.Rss094 => "rss094",
        FeedFormat.Rss20 => "rss20",
        FeedFormat.Rss => "rss",
        FeedFormat.Rss10 => "rss10",
        FeedFormat.Atom03 => "atom03",
        FeedFormat.Atom10 => "atom10",
        FeedFormat.Atom => "atom",
        FeedFormat.JsonFeed10 => "json1",
        FeedFormat.JsonFeed11 => "json11",
        FeedFormat.JsonFeed => "json",
        _ => format.ToString().ToLowerInvariant(),
    };

    public static string Display(FeedFormat format) => format.Describe();
}

using FeedWatch.Core.Parsing;

namespace FeedWatch.Cli.Output;

/// <summary>How a detected feed format is printed: a stable id for scripts, a name for people.</summary>
internal static class FeedFormatName
{
    /// <summary><c>rss20</c>, <c>atom10</c>: the ids feedparser and the corpus oracle use.</summary>
    public static string Id(FeedFormat format) => format switch
    {
        FeedFormat.Rss20 => "rss20",
        FeedFormat.Atom10 => "atom10",
        // A format the parser learns later still gets a stable id without a CLI change.
        _ => format.ToString().ToLowerInvariant(),
    };

    public static string Display(FeedFormat format) => format switch
    {
        FeedFormat.Rss20 => "RSS 2.0",
        FeedFormat.Atom10 => "Atom 1.0",
        _ => format.ToString(),
    };
}

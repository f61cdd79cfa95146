namespace FeedWatch.Core.Parsing;

public enum FeedFormat
{
    Rss20,
    Atom10,
}

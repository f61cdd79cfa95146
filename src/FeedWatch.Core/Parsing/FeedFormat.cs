namespace FeedWatch.Core.Parsing;

/// <summary>The format a document declared, as precisely as it declared it.</summary>
public enum FeedFormat
{
    Rss090,
    Rss091,
    Rss092,
    Rss093,
    Rss094,
    Rss20,

    /// <summary>An <c>&lt;rss&gt;</c> root without a version FeedWatch knows.</summary>
    Rss,
    Rss10,
    Atom03,
    Atom10,

    /// <summary>A <c>&lt;feed&gt;</c> root in neither Atom namespace.</summary>
    Atom,
    JsonFeed10,
    JsonFeed11,

    /// <summary>JSON with feed items but an unknown <c>version</c>.</summary>
    JsonFeed,
}

namespace FeedWatch.Core.Parsing;

/// <param name="Recovery">
/// Set when the document was broken part-way (truncated, ill-formed): what stopped the reader.
/// The entries are the complete ones before that point.
/// </param>
public sealed record ParsedFeed(FeedFormat Format, string? Title, string? Link, IReadOnlyList<ParsedEntry> Entries, string? Recovery = null)
{
    /// <summary>The feed's own identifier (Atom <c>id</c>, JSON Feed <c>feed_url</c>), if it states one.</summary>
    public string? Id { get; init; }

    /// <summary>How often the feed says it changes (RSS <c>ttl</c>, else <c>sy:updatePeriod</c>/<c>sy:updateFrequency</c>).</summary>
    public TimeSpan? Ttl { get; init; }
}

namespace FeedWatch.Core.Configuration;

public sealed class PollingOptions
{
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whole-request budget: connect, headers and body. Quartz does not cancel jobs on shutdown, so every fetch needs its own limit.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    public string UserAgent { get; set; } = "FeedWatch/0.1 (+https://github.com/feedwatch/feedwatch)";

    /// <summary>Upper bound for the exponential back-off after repeated failures.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many feeds the daemon polls at the same time.</summary>
    public int MaxConcurrentPolls { get; set; } = 8;

    /// <summary>
    /// When true, a feed whose <c>ttl</c> or <c>sy:updatePeriod</c> asks for longer than its
    /// interval is polled at that pace instead (a floor; it never makes polling more frequent).
    /// </summary>
    public bool RespectFeedTtl { get; set; }

    /// <summary>A feed with no new item for longer than this is marked stale (per feed: Feeds[]:StaleAfter).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many requests go to one host (name and port) at the same time.</summary>
    public int MaxConcurrentPerHost { get; set; } = 2;
}

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

    /// <summary>How many requests go to one host (name and port) at the same time.</summary>
    public int MaxConcurrentPerHost { get; set; } = 2;
}

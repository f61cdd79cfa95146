namespace FeedWatch.Core.Configuration;

/// <summary>The whole of <c>config/feedwatch.json</c> except the Serilog section.</summary>
public sealed class FeedWatchOptions
{
    public StorageOptions Storage { get; set; } = new();

    public PollingOptions Polling { get; set; } = new();

    public List<FeedDefinition> Feeds { get; set; } = [];

    public List<WatchRuleDefinition> Watch { get; set; } = [];

    public RetentionOptions Retention { get; set; } = new();

    public HealthOptions Health { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();

    public StoryOptions Stories { get; set; } = new();
}

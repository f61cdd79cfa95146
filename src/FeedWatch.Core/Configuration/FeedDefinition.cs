namespace FeedWatch.Core.Configuration;

public sealed class FeedDefinition
{
    /// <summary>Stable key: items and feed state refer to it, so renaming it starts a new feed.</summary>
    public string Id { get; set; } = "";

    public string Url { get; set; } = "";

    public string? Title { get; set; }

    /// <summary>Overrides <see cref="PollingOptions.DefaultInterval"/> for this feed.</summary>
    public TimeSpan? Interval { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Overrides <see cref="PollingOptions.StaleAfter"/>: how long without a new item is unusual for this feed.</summary>
    public TimeSpan? StaleAfter { get; set; }
}

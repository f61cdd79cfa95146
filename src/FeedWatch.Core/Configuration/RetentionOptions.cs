namespace FeedWatch.Core.Configuration;

/// <summary>How long items are kept. Nothing is ever deleted unless <see cref="MaxAge"/> is set.</summary>
public sealed class RetentionOptions
{
    /// <summary>Items first seen longer ago than this are purged by the daily retention run; null keeps everything.</summary>
    public TimeSpan? MaxAge { get; set; }

    /// <summary>Flagged items may be kept longer (never shorter) than the rest; null: the same as <see cref="MaxAge"/>.</summary>
    public TimeSpan? FlaggedMaxAge { get; set; }

    /// <summary>How long a purged item's keys are remembered, so that a feed still carrying it does not bring it back.</summary>
    public TimeSpan TombstoneMaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Time between retention runs (the first runs a minute after the daemon starts).</summary>
    public TimeSpan RunEvery { get; set; } = TimeSpan.FromDays(1);
}

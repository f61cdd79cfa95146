using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Configuration;

/// <summary>
/// When two items are one story (<see cref="NearDuplicates"/>). The defaults were tuned on the
/// labelled pairs of tests/FeedWatch.Core.Tests/Stories (precision ≥ 95 %, recall ≥ 90 %).
/// </summary>
public sealed class StoryOptions
{
    /// <summary>False: every item is a story of its own and alerts fire for every copy.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The share of the shorter item's content words that must be in the other (0–1].</summary>
    public double MinContainment { get; set; } = 0.5;

    /// <summary>Items published further apart than this are different events, however alike their words.</summary>
    public TimeSpan MaxApart { get; set; } = TimeSpan.FromDays(3);

    public NearDuplicates ToRule() => new(MinContainment, MaxApart.TotalDays);
}

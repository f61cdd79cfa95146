namespace FeedWatch.Core.Stories;

/// <summary>
/// When two items are one story: their texts share most word pairs (or the shorter is mostly inside
/// the longer) and they were published close together. The time window is what keeps two attacks
/// in the same district, reported in the same words on different days, two stories.
/// </summary>
public sealed record NearDuplicates(double MinSimilarity = 0.4, double MinContainment = 0.7, double MaxDaysApart = 3)
{
    public bool SameStory(StorySignature a, DateTime? publishedA, StorySignature b, DateTime? publishedB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (publishedA is { } first && publishedB is { } second && Math.Abs((first - second).TotalDays) > MaxDaysApart)
        {
            return false;
        }

        return a.Similarity(b) >= MinSimilarity || a.Containment(b) >= MinContainment;
    }
}

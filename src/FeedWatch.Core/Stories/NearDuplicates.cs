namespace FeedWatch.Core.Stories;

/// <summary>
/// When two items are one story: at least half of the shorter item's content words
/// (<see cref="ContentWords"/>) are in the other, and they were published within a few days of each
/// other. The window is what keeps two attacks in the same district, reported in the same words on
/// different days, two stories; containment rather than overlap lets a lead-only copy join the full one.
/// </summary>
public sealed record NearDuplicates(double MinContainment = 0.5, double MaxDaysApart = 3)
{
    public bool SameStory(IReadOnlySet<string> wordsA, DateTime? publishedA, IReadOnlySet<string> wordsB, DateTime? publishedB) =>
        CloseInTime(publishedA, publishedB) && ContentWords.Containment(wordsA, wordsB) >= MinContainment;

    public bool CloseInTime(DateTime? publishedA, DateTime? publishedB) =>
        publishedA is not { } first || publishedB is not { } second || Math.Abs((first - second).TotalDays) <= MaxDaysApart;
}

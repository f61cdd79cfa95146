namespace FeedWatch.Core.Stories;

/// <summary>
/// When two items are one story: at least half of the shorter item's content words
/// (<see cref="ContentWords"/>) are in the other, and they were published within a few days of each
/// other. The window is what keeps two attacks in the same district, reported in the same words on
/// different days, two stories; containment rather than overlap lets a lead-only copy join the full one.
/// </summary>
public sealed record NearDuplicates(double MinContainment = 0.5, double MaxDaysApart = 3)
{
    /// <summary>One shared word is chance.</summary>
    public const int MinSharedWords = 2;

    /// <summary>
    /// Below this many words, an item (a headline with no summary) must have more of them in the other:
    /// halfway from <see cref="MinContainment"/> to all. "Pakistan beat India by 5 wickets" and "Pakistan
    /// beat Sri Lanka by 3 wickets" share three of five words and are two matches.
    /// </summary>
    public const int ShortItemWords = 8;

    public bool SameStory(IReadOnlySet<string> wordsA, DateTime? publishedA, IReadOnlySet<string> wordsB, DateTime? publishedB)
    {
        ArgumentNullException.ThrowIfNull(wordsA);
        ArgumentNullException.ThrowIfNull(wordsB);
        var (smaller, larger) = wordsA.Count <= wordsB.Count ? (wordsA, wordsB) : (wordsB, wordsA);
        return CloseInTime(publishedA, publishedB) && Contains(smaller.Count(larger.Contains), smaller.Count);
    }

    public bool CloseInTime(DateTime? publishedA, DateTime? publishedB) =>
        publishedA is not { } first || publishedB is not { } second || Math.Abs((first - second).TotalDays) <= MaxDaysApart;

    /// <summary>Whether <paramref name="shared"/> words of the shorter item's <paramref name="smallerCount"/> are enough.</summary>
    public bool Contains(int shared, int smallerCount) =>
        smallerCount > 0 && shared >= MinSharedWords
        && (double)shared / smallerCount >= (smallerCount < ShortItemWords ? (1 + MinContainment) / 2 : MinContainment);
}

namespace FeedWatch.Core.Stories;

/// <summary>When an item was reported, for "who had it first".</summary>
public static class StoryTime
{
    /// <summary>
    /// The feed's publication date, unless it is later than when we first saw the item: a clock set
    /// ahead, or a date that means "updated", must not make an outlet look first or last.
    /// </summary>
    public static DateTime Of(DateTime? published, DateTime firstSeen) =>
        published is { } date && date <= firstSeen ? date : firstSeen;
}

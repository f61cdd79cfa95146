using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Stories;

/// <summary>
/// A story as a list shows it: the member that the filters met first (the newest, in the default
/// order) and the story's document, which a story of one item does not have.
/// </summary>
public sealed record StorySummary(StoredItem Item, Story? Story)
{
    public int StoryId => Item.StoryKey;

    public int ItemCount => Story?.ItemCount ?? 1;

    public IReadOnlyList<string> Sources => Story?.Sources ?? Item.Sources;

    public int FirstItemId => Story?.FirstItemId ?? Item.Id;

    public string FirstFeedId => Story?.FirstFeedId ?? Item.Sources.FirstOrDefault() ?? "";

    public DateTime FirstReportedAt => Story?.FirstReportedAt ?? StoryTime.Of(Item.Published, Item.FirstSeen);

    public DateTime LastSeen => Story?.LastSeen ?? Item.FirstSeen;

    /// <summary>The headline of the first report.</summary>
    public string Title => Story?.Title ?? Item.Title;

    public IReadOnlyList<string> Rules => Story?.Rules ?? [.. Item.Matches.Select(m => m.Rule).Distinct(StringComparer.Ordinal)];
}

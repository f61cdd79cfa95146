using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Deduplication;

/// <summary>An item ready to store: what it says, how it is recognised, and what it matched.</summary>
public sealed record IdentifiedItem(NormalizedItem Item, ItemIdentity Identity, IReadOnlyList<WatchMatch> Matches)
{
    /// <summary>Read where the item is made, on the poll's thread, not in the single writer's turn.</summary>
    public StoryWords StoryWords { get; } = StoryWords.Of(Item.Title, Item.Summary, Item.Content);
}

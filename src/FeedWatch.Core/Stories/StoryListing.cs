using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Stories;

/// <summary>
/// Stories by walking items: a story is in a list when one of its items meets the filters, so "flagged
/// for TTP since 24h" is the stories with an item flagged for TTP in the last day, each once.
/// </summary>
public static class StoryListing
{
    /// <summary>One per story, in the query's order of the story's first item met; at most <see cref="ItemQuery.Limit"/> stories.</summary>
    public static IEnumerable<StorySummary> Collapse(IItemStore store, ItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        return Collapse(store, store.StreamItems(query with { Limit = int.MaxValue })).Take(query.Limit);
    }

    /// <summary>Items are looked up in stories this many at a time.</summary>
    private const int LookupBatch = 256;

    /// <summary>One per story, at the first of its items in <paramref name="items"/>; lazy, so only what is taken is read.</summary>
    public static IEnumerable<StorySummary> Collapse(IItemStore store, IEnumerable<StoredItem> items)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        return items.DistinctBy(item => item.StoryKey).Chunk(LookupBatch).SelectMany(batch =>
        {
            var stories = store.GetStories([.. batch.Select(item => item.StoryKey)]).ToDictionary(story => story.Id);
            return batch.Select(item => new StorySummary(item, stories.GetValueOrDefault(item.StoryKey)));
        });
    }
}

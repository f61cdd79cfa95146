using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Stories;

/// <summary>
/// Stories by walking items: a story is in a list when one of its items meets the filters, so "flagged
/// for TTP since 24h" is the stories with an item flagged for TTP in the last day, each once.
/// </summary>
public static class StoryListing
{
    /// <summary>One per story, in the query's order of the story's first item met; at most <see cref="ItemQuery.Limit"/> stories.</summary>
    /// <param name="expected">How many stories the caller will likely take, for the first lookup (default: the query's limit).</param>
    public static IEnumerable<StorySummary> Collapse(IItemStore store, ItemQuery query, int? expected = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        return Collapse(store, store.StreamItems(query with { Limit = int.MaxValue }), expected ?? query.Limit).Take(query.Limit);
    }

    /// <summary>Items are looked up in stories this many at a time.</summary>
    private const int LookupBatch = 256;

    /// <summary>One per story, at the first of its items in <paramref name="items"/>; lazy, so only what is taken is read.</summary>
    /// <param name="expected">
    /// How many stories the caller will likely take: the first lookup waits for only that many, since
    /// each distinct story costs the walk more items (a list of 50 read 256 stories' items first).
    /// </param>
    public static IEnumerable<StorySummary> Collapse(IItemStore store, IEnumerable<StoredItem> items, int expected = LookupBatch)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        return Batches(items.DistinctBy(item => item.StoryKey), Math.Clamp(expected, 1, LookupBatch)).SelectMany(batch =>
        {
            var stories = store.GetStories([.. batch.Select(item => item.StoryKey)]).ToDictionary(story => story.Id);
            return batch.Select(item => new StorySummary(item, stories.GetValueOrDefault(item.StoryKey)));
        });
    }

    private static IEnumerable<List<StoredItem>> Batches(IEnumerable<StoredItem> items, int first)
    {
        var batch = new List<StoredItem>(first);
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count == first)
            {
                yield return batch;
                batch = new List<StoredItem>(LookupBatch);
                first = LookupBatch;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}

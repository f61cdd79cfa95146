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
        var listed = new HashSet<int>();
        var count = 0;
        if (query.Limit <= 0)
        {
            yield break;
        }

        foreach (var item in store.StreamItems(query with { Limit = int.MaxValue }))
        {
            if (!listed.Add(item.StoryKey))
            {
                continue;
            }

            yield return new StorySummary(item, store.GetStory(item.StoryKey));
            if (++count == query.Limit)
            {
                yield break;
            }
        }
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Polling;

/// <summary>Feeds removed from the config keep their items and history; their state is marked retired.</summary>
public static class FeedRetirement
{
    /// <returns>The ids newly marked retired.</returns>
    public static IReadOnlyList<string> RetireRemoved(IItemStore store, IEnumerable<FeedDefinition> configured)
    {
        ArgumentNullException.ThrowIfNull(store);
        var active = configured.Where(feed => feed.Enabled).Select(feed => feed.Id).ToHashSet(StringComparer.Ordinal);
        var retired = new List<string>();
        foreach (var state in store.GetFeeds().Where(state => !state.Retired && !active.Contains(state.Id)))
        {
            state.Retired = true;
            store.SaveFeed(state);
            retired.Add(state.Id);
        }

        return retired;
    }
}

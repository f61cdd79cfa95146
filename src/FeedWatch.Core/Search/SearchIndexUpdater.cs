using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Search;

/// <summary>Brings the search index up to the store: new items in id order, then items whose text changed.</summary>
public static class SearchIndexUpdater
{
    private const int Page = 2_000;

    /// <returns>How many items were (re)indexed.</returns>
    public static int CatchUp(IItemStore store, SearchIndex.Writer writer, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(writer);
        var indexed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = store.ItemsAfter(writer.Through, since: null, Page);
            if (page.Count == 0)
            {
                break;
            }

            writer.Index(page);
            writer.Commit(page[^1].Id);
            indexed += page.Count;
            progress?.Report(indexed);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = store.PendingReindex(Page);
            if (changed.Count == 0)
            {
                break;
            }

            writer.Index(store.GetItems(changed.Select(entry => entry.Id).ToList()));
            writer.Commit(writer.Through);
            // Only after the commit: an entry cleared before it would be lost with a crash in between.
            store.ClearReindex(changed);
            indexed += changed.Count;
        }

        return indexed;
    }
}

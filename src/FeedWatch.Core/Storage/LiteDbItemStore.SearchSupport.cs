namespace FeedWatch.Core.Storage;

/// <summary>What keeping the search index (Search/SearchIndex.cs) in step with the items needs.</summary>
public sealed partial class LiteDbItemStore
{
    public IReadOnlyList<ReindexEntry> PendingReindex(int limit)
    {
        lock (_gate)
        {
            return _reindex.Query().Limit(limit).ToList();
        }
    }

    /// <summary>Takes entries off the queue, unless their item changed again since they were read.</summary>
    public void ClearReindex(IReadOnlyList<ReindexEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                var stamp = entry.Stamp;
                var id = entry.Id;
                _reindex.DeleteMany(queued => queued.Id == id && queued.Stamp == stamp);
            }
        }
    }

    public IReadOnlyList<StoredItem> GetItems(IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (_gate)
        {
            return Reading(() => ids.Select(id => _items.FindById(id)).OfType<StoredItem>().ToList());
        }
    }

    public int NewestItemId()
    {
        lock (_gate)
        {
            return NewestItem()?.Id ?? 0;
        }
    }

    private StoredItem? NewestItem() => _items.Newest();
}

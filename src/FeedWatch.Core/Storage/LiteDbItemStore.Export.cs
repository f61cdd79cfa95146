using FeedWatch.Core.Search;

namespace FeedWatch.Core.Storage;

/// <summary>Every item a query selects, without holding them all (feedwatch export).</summary>
public sealed partial class LiteDbItemStore
{
    public IEnumerable<StoredItem> StreamItems(ItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Stream(query);
    }

    // An iterator, so that nothing is read before the caller starts and each page's lock is
    // released while the caller writes that page out.
    private IEnumerable<StoredItem> Stream(ItemQuery query)
    {
        var filter = new ItemFilter(query, query.Search is { } text ? SearchText.Parse(text) : null);
        var candidates = SparseIndexCandidates(query) ?? ScanByIds(query);
        foreach (var item in candidates.Where(filter.Accepts).Take(query.Limit))
        {
            yield return item;
        }
    }
}

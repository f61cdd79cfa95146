using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Search;

/// <summary>
/// Answers an <see cref="ItemQuery"/> with a <c>--search</c> from three places, so that the answer is
/// complete however far the search index lags: items above the index's <see cref="SearchIndex.Through"/>
/// (read from the store and checked word by word), indexed items whose words hold the search (from
/// Lucene, a page at a time in id order), and indexed items whose text changed since (the store's
/// reindex queue). Every candidate is checked against the whole query on its current text.
/// </summary>
public sealed class ItemSearch(IItemStore store, SearchIndex index)
{
    // The first page asks Lucene for about as many ids as the answer needs (reading each item costs
    // ~0.2 ms at a million items); later pages double, for filters that reject many candidates.
    private const int FirstPageMinimum = 16;
    private const int PageMaximum = 4_096;

    public IReadOnlyList<StoredItem> Query(ItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Search is not { } text || SearchText.Parse(text) is not { } search)
        {
            return store.Query(query);
        }

        var through = index.Through;
        var tail = store.Query(query with { AfterId = through });
        if (!query.OldestFirst && tail.Count >= query.Limit)
        {
            return tail;
        }

        var results = query.OldestFirst ? [] : tail.ToList();
        var want = query.Limit - results.Count;
        results.AddRange(FromIndex(query, search, through).Take(want));
        if (query.OldestFirst && results.Count < query.Limit)
        {
            results.AddRange(tail.Take(query.Limit - results.Count));
        }

        return results;
    }

    private IEnumerable<StoredItem> FromIndex(ItemQuery query, SearchText search, int through)
    {
        var filter = new ItemFilter(query, search);
        var changed = store.PendingReindex(int.MaxValue).Select(entry => entry.Id).Where(id => id <= through).ToHashSet();
        var boundary = query.OldestFirst ? 0 : through + 1;
        Lucene.Net.Search.ScoreDoc? after = null;
        var page = Math.Clamp(query.Limit + changed.Count, FirstPageMinimum, PageMaximum);
        while (true)
        {
            var (ids, last) = index.Find(search, query.OldestFirst, after, page);
            var lastPage = ids.Count < page;
            var end = lastPage ? (query.OldestFirst ? through + 1 : 0) : ids[^1];
            var candidates = ids.Where(id => id <= through).Concat(changed.Where(id => Between(id, boundary, end, query.OldestFirst))).ToHashSet();
            var items = store.GetItems(candidates);
            foreach (var item in query.OldestFirst ? items.OrderBy(i => i.Id) : items.OrderByDescending(i => i.Id))
            {
                if (PastTheRange(item, query))
                {
                    yield break;
                }

                if (filter.Accepts(item))
                {
                    yield return item;
                }
            }

            if (lastPage)
            {
                yield break;
            }

            boundary = end;
            after = last;
            page = Math.Min(page * 2, PageMaximum);
        }
    }

    /// <summary>Ids strictly past <paramref name="from"/> up to and including <paramref name="to"/>, in the walk's direction.</summary>
    private static bool Between(int id, int from, int to, bool ascending) => ascending ? id > from && id <= to : id < from && id >= to;

    /// <summary>Ids and first-seen times grow together, so once past the time range nothing further can match.</summary>
    private static bool PastTheRange(StoredItem item, ItemQuery query) =>
        query.OldestFirst ? item.FirstSeen >= query.Until : item.FirstSeen < query.Since;
}

using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// The analyst's queries. Ids grow with insertion, so "newest first" is the id index read backwards:
/// a query walks it a page at a time and keeps what passes the filters until it has enough, which
/// reads a few pages for anything common. A rule or feed whose daily counts say it is rare over the
/// range is read through its own index instead, so a rare filter never walks a year of items.
/// </summary>
public sealed partial class LiteDbItemStore
{
    private const int ScanPage = 500;
    private const int SparseMatches = 2_000;

    public IReadOnlyList<StoredItem> Query(ItemQuery query) => [.. StreamItems(query)];

    private IEnumerable<StoredItem> ScanByIds(ItemQuery query)
    {
        var (lowest, highest) = IdRange(query.Since, query.Until);
        lowest = Math.Max(lowest, query.AfterId + 1);
        var cursor = query.OldestFirst ? lowest : highest;
        while (lowest <= highest)
        {
            List<StoredItem> page;
            lock (_gate)
            {
                // BETWEEN, not two comparisons: LiteDB seeks the id index with one of two comparisons
                // and filters on the other, which read every item for a range above the newest one.
                var (low, high) = query.OldestFirst ? (cursor, highest) : (lowest, cursor);
                var range = _itemDocuments.Query().Where("_id BETWEEN @0 AND @1", low, high);
                page = ItemCollection.ToItems((query.OldestFirst ? range.OrderBy("_id") : range.OrderByDescending("_id")).Limit(ScanPage));
            }

            foreach (var item in page)
            {
                yield return item;
            }

            if (page.Count < ScanPage)
            {
                yield break;
            }

            cursor = query.OldestFirst ? page[^1].Id + 1 : page[^1].Id - 1;
        }
    }

    /// <summary>
    /// Ids that include every item first seen in [since, until). First-seen times never go backwards
    /// as ids grow (IngestBatch), so each bound is a binary search on the id index: a first-seen index
    /// would answer the same with one seek, but it cost every insert a skip-list walk (bench/README.md).
    /// </summary>
    private (int Lowest, int Highest) IdRange(DateTime? since, DateTime? until)
    {
        if (since is null && until is null)
        {
            return (1, int.MaxValue);
        }

        lock (_gate)
        {
            return Reading(() =>
            {
                var lowest = since is { } from ? FirstIdSeenAtOrAfter(from) ?? int.MaxValue : 1;
                var highest = until is { } to ? (FirstIdSeenAtOrAfter(to) ?? int.MaxValue + 1L) - 1 : int.MaxValue;
                return (lowest, (int)highest);
            });
        }
    }

    /// <summary>The lowest id of an item first seen at or after <paramref name="time"/>; null if none is.</summary>
    private int? FirstIdSeenAtOrAfter(DateTime time)
    {
        int? found = null;
        long low = 1, high = int.MaxValue;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            // Ids have gaps where retention deleted items: probe the first item at or above the middle.
            var probe = _itemDocuments.Query().Where("_id >= @0", (int)middle).OrderBy("_id").Select(IdAndFirstSeen).Limit(1).FirstOrDefault();
            if (probe is null || probe["_id"].AsInt32 > high)
            {
                high = middle - 1;
                continue;
            }

            var id = probe["_id"].AsInt32;
            if (probe["FirstSeen"].AsDateTime.ToUniversalTime() >= time)
            {
                found = id;
                high = middle - 1;
            }
            else
            {
                low = id + 1L;
            }
        }

        return found;
    }

    private static readonly BsonExpression IdAndFirstSeen = BsonExpression.Create("{ _id: $._id, FirstSeen: $.FirstSeen }");

    /// <summary>All items of a rare rule or feed through its index, newest (or oldest) first; null when it is not rare.</summary>
    private List<StoredItem>? SparseIndexCandidates(ItemQuery query)
    {
        var (kind, key, expression, parameters) = query switch
        {
            { Rule: { } rule } => (DailyCount.RuleKind, rule, "$.Matches[*].Rule ANY = @0", new BsonValue[] { rule }),
            // A feed's entry keys begin with its id and '|' (ItemIdentity), so the entry-key index finds
            // its items without an index of its own.
            { FeedId: { } feed } => (DailyCount.FeedKind, feed, "$.EntryKeys[*] ANY BETWEEN @0 AND @1", [feed + "|", feed + "|\uffff"]),
            _ => (null, null, null, null),
        };
        // The index holds the key's items of all time, whatever the query's range, so it is rare only if it is rare overall.
        if (kind is null || EstimatedMatches(kind, key!) > SparseMatches)
        {
            return null;
        }

        lock (_gate)
        {
            // An item with two entry keys of one feed is found twice.
            var matches = ItemCollection.ToItems(_itemDocuments.Query().Where(expression!, parameters!)).DistinctBy(item => item.Id);
            return query.OldestFirst ? [.. matches.OrderBy(item => item.Id)] : [.. matches.OrderByDescending(item => item.Id)];
        }
    }

    /// <summary>Unknown (a file from before the totals) counts as common: walking ids is slower for a rare key but never wrong.</summary>
    private int EstimatedMatches(string kind, string key)
    {
        lock (_gate)
        {
            var totals = _daily.FindById(DailyCountDocument.TotalId);
            return totals is null ? int.MaxValue : DailyCountDocument.Get(totals, kind, key);
        }
    }
}

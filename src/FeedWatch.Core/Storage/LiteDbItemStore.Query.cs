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
                var range = _items.Query().Where("_id BETWEEN @0 AND @1", low, high);
                page = (query.OldestFirst ? range.OrderBy(item => item.Id) : range.OrderByDescending(item => item.Id)).Limit(ScanPage).ToList();
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
    /// Ids that include every item first seen in [since, until), found with one seek each on the
    /// first-seen index: first-seen times never go backwards as ids grow (IngestBatch). Items of one
    /// poll share a time, so the seeks look just outside the range, where any item of a tie will do.
    /// </summary>
    private (int Lowest, int Highest) IdRange(DateTime? since, DateTime? until)
    {
        lock (_gate)
        {
            var lastBefore = since is { } from
                ? _items.Query().Where(item => item.FirstSeen < from).OrderByDescending(item => item.FirstSeen).Limit(1).FirstOrDefault()
                : null;
            var firstAfter = until is { } to
                ? _items.Query().Where(item => item.FirstSeen >= to).OrderBy(item => item.FirstSeen).Limit(1).FirstOrDefault()
                : null;
            return ((lastBefore?.Id ?? 0) + 1, firstAfter is null ? int.MaxValue : firstAfter.Id - 1);
        }
    }

    /// <summary>All items of a rare rule or feed through its index, newest (or oldest) first; null when it is not rare.</summary>
    private List<StoredItem>? SparseIndexCandidates(ItemQuery query)
    {
        var (kind, key, expression) = query switch
        {
            { Rule: { } rule } => (DailyCount.RuleKind, rule, "$.Matches[*].Rule ANY = @0"),
            { FeedId: { } feed } => (DailyCount.FeedKind, feed, "$.Sources[*] ANY = @0"),
            _ => (null, null, null),
        };
        // The index holds the key's items of all time, whatever the query's range, so it is rare only if it is rare overall.
        if (kind is null || EstimatedMatches(kind, key!) > SparseMatches)
        {
            return null;
        }

        lock (_gate)
        {
            var matches = _items.Query().Where(expression!, key).ToList();
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

using FeedWatch.Core.Search;

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

    public IReadOnlyList<StoredItem> Query(ItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var search = query.Search is { } text ? SearchText.Parse(text) : null;
        var filter = new ItemFilter(query, search);
        var candidates = SparseIndexCandidates(query) ?? ScanByIds(query);
        return candidates.Where(filter.Accepts).Take(query.Limit).ToList();
    }

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
                var from = cursor;
                page = query.OldestFirst
                    ? _items.Query().Where(item => item.Id >= from && item.Id <= highest).OrderBy(item => item.Id).Limit(ScanPage).ToList()
                    : _items.Query().Where(item => item.Id <= from && item.Id >= lowest).OrderByDescending(item => item.Id).Limit(ScanPage).ToList();
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
        if (kind is null || EstimatedMatches(kind, key!, query.Since, query.Until) > SparseMatches)
        {
            return null;
        }

        lock (_gate)
        {
            var matches = _items.Query().Where(expression!, key).ToList();
            return query.OldestFirst ? [.. matches.OrderBy(item => item.Id)] : [.. matches.OrderByDescending(item => item.Id)];
        }
    }

    private int EstimatedMatches(string kind, string key, DateTime? since, DateTime? until)
    {
        var from = since ?? DateTime.MinValue.AddDays(1);
        var to = until ?? DateTime.MaxValue.AddDays(-1);
        return GetDailyCounts(from, to).Where(count => count.Kind == kind && count.Key == key).Sum(count => count.Count);
    }
}

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
        var narrowed = query.FlaggedOnly || query.Rule is not null || query.FeedId is not null;
        while (lowest <= highest)
        {
            var (low, high) = query.OldestFirst ? (cursor, highest) : (lowest, cursor);
            List<StoredItem> page;
            int read, lastRead;
            lock (_gate)
            {
                (page, read, lastRead) = Reading(() => narrowed ? ReadPassingHeads(query, low, high) : ReadPage(query, low, high));
            }

            foreach (var item in page)
            {
                yield return item;
            }

            if (read < ScanPage)
            {
                yield break;
            }

            cursor = query.OldestFirst ? lastRead + 1 : lastRead - 1;
        }
    }

    private (List<StoredItem> Items, int Read, int LastRead) ReadPage(ItemQuery query, int low, int high)
    {
        var items = ItemCollection.ToItems(PageOfIds(query, low, high).Limit(ScanPage));
        return (items, items.Count, items.Count > 0 ? items[^1].Id : 0);
    }

    /// <summary>
    /// A page of the few fields a flag, rule or feed filter reads, then whole items only for those that
    /// pass: most items fail such a filter, and reading their text is most of a scan's cost.
    /// </summary>
    private (List<StoredItem> Items, int Read, int LastRead) ReadPassingHeads(ItemQuery query, int low, int high)
    {
        var heads = PageOfIds(query, low, high).Select(FilteredFields).Limit(ScanPage).ToList();
        var items = heads.Where(head => MayPass(head, query)).Select(head => _items.FindById(head["_id"].AsInt32)).OfType<StoredItem>().ToList();
        return (items, heads.Count, heads.Count > 0 ? heads[^1]["_id"].AsInt32 : 0);
    }

    // BETWEEN, not two comparisons: LiteDB seeks the id index with one of two comparisons and filters
    // on the other, which read every item for a range above the newest one.
    private ILiteQueryable<BsonDocument> PageOfIds(ItemQuery query, int low, int high)
    {
        var range = _itemDocuments.Query().Where("_id BETWEEN @0 AND @1", low, high);
        return query.OldestFirst ? range.OrderBy("_id") : range.OrderByDescending("_id");
    }

    private static readonly BsonExpression FilteredFields = BsonExpression.Create("{ _id: $._id, Flagged: $.Flagged, Rules: $.Matches[*].Rule, Sources: $.Sources }");

    /// <summary>The flag, rule and feed conditions of <see cref="ItemFilter"/>, which still checks the whole item after.</summary>
    private static bool MayPass(BsonDocument head, ItemQuery query) =>
        (!query.FlaggedOnly || head["Flagged"] is { IsBoolean: true, AsBoolean: true })
        && (query.Rule is not { } rule || Holds(head["Rules"], rule))
        && (query.FeedId is not { } feed || Holds(head["Sources"], feed));

    private static bool Holds(BsonValue values, string wanted) => values.IsArray && values.AsArray.Any(value => value.IsString && value.AsString == wanted);

    /// <summary>
    /// Ids that include every item first seen in [since, until). First-seen times never go backwards
    /// as ids grow (IngestBatch), so each bound is a search on the id index: a first-seen index would
    /// answer the same with one seek, but it cost every insert a skip-list walk (bench/README.md).
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

    /// <summary>
    /// The lowest id of an item first seen at or after <paramref name="time"/>; null if none is. Each
    /// probe reads an item (~1 ms at a million), so the probes interpolate on first-seen times, which
    /// grow about evenly with ids, and bisect whenever that did not halve the interval.
    /// </summary>
    private int? FirstIdSeenAtOrAfter(DateTime time)
    {
        if (Probe(1) is not { } first)
        {
            return null;
        }

        if (first.FirstSeen >= time)
        {
            return first.Id;
        }

        if (_items.Newest() is not { } newest || newest.FirstSeen < time)
        {
            return null;
        }

        // Existing items below low are seen before the time; the answer is found or lies in [low, high].
        var (found, foundSeen) = (newest.Id, newest.FirstSeen);
        var (low, lowSeen, high) = (first.Id + 1, first.FirstSeen, newest.Id - 1);
        var bisect = false;
        while (low <= high)
        {
            var width = high - low + 1;
            var middle = bisect ? low + (width / 2) : low + (int)Math.Clamp((time - lowSeen) / (foundSeen - lowSeen) * width, 0, width - 1);
            // Ids have gaps where retention deleted items: a probe takes the first item at or above its id.
            var probe = Probe(middle);
            if (probe is null || probe.Value.Id > high)
            {
                high = middle - 1;
            }
            else if (probe.Value.FirstSeen >= time)
            {
                (found, foundSeen, high) = (probe.Value.Id, probe.Value.FirstSeen, middle - 1);
            }
            else
            {
                (low, lowSeen) = (probe.Value.Id + 1, probe.Value.FirstSeen);
            }

            bisect = !bisect && high - low + 1 > width / 2;
        }

        return found;
    }

    private (int Id, DateTime FirstSeen)? Probe(int atOrAbove) =>
        _itemDocuments.Query().Where("_id >= @0", atOrAbove).OrderBy("_id").Select(IdAndFirstSeen).Limit(1).FirstOrDefault() is { } document
            ? (document["_id"].AsInt32, document["FirstSeen"].AsDateTime.ToUniversalTime())
            : null;

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

using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>Counter changes gathered over one transaction, written once per counter at its end.</summary>
internal sealed class DailyCountChanges
{
    private readonly Dictionary<(string DocumentId, string Kind, string Key), int> _changes = [];

    public void Add(DateTime firstSeen, string kind, string key, int delta)
    {
        Add((DailyCountDocument.IdOf(firstSeen), kind, key), delta);
        Add((DailyCountDocument.TotalId, kind, key), delta);
    }

    private void Add((string, string, string) counter, int delta) => _changes[counter] = _changes.GetValueOrDefault(counter) + delta;

    /// <summary>An item that is new to a feed counts for the feed, and for each rule it matched when it is new to the store.</summary>
    public void AddItem(StoredItem item, string feedId, bool newToStore)
    {
        Add(item.FirstSeen, DailyCount.FeedKind, feedId, 1);
        if (newToStore)
        {
            foreach (var rule in item.Matches.Select(m => m.Rule).Distinct(StringComparer.Ordinal))
            {
                Add(item.FirstSeen, DailyCount.RuleKind, rule, 1);
            }
        }
    }

    /// <summary>One read and one write per day touched (and the totals), whatever the number of counters.</summary>
    public void WriteTo(ILiteCollection<BsonDocument> days)
    {
        foreach (var group in _changes.Where(change => change.Value != 0).GroupBy(change => change.Key.DocumentId))
        {
            var document = days.FindById(group.Key) ?? new BsonDocument { ["_id"] = group.Key };
            foreach (var ((_, kind, key), delta) in group)
            {
                DailyCountDocument.Add(document, kind, key, delta);
            }

            days.Upsert(document);
        }
    }
}

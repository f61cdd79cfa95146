using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>Counter changes gathered over one transaction, written once per counter at its end.</summary>
internal sealed class DailyCountChanges
{
    private readonly Dictionary<string, (DateTime Day, string Kind, string Key, int Delta)> _changes = new(StringComparer.Ordinal);

    public void Add(DateTime firstSeen, string kind, string key, int delta)
    {
        var day = firstSeen.Date;
        Add(DailyCount.IdOf(day, kind, key), day, kind, key, delta);
        Add(DailyCount.TotalIdOf(kind, key), DateTime.MinValue, kind, key, delta);
    }

    private void Add(string id, DateTime day, string kind, string key, int delta) =>
        _changes[id] = _changes.TryGetValue(id, out var change) ? change with { Delta = change.Delta + delta } : (day, kind, key, delta);

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

    public void WriteTo(ILiteCollection<DailyCount> counts)
    {
        foreach (var (id, change) in _changes)
        {
            if (change.Delta == 0)
            {
                continue;
            }

            var count = counts.FindById(id) ?? new DailyCount { Id = id, Day = change.Day, Kind = change.Kind, Key = change.Key };
            count.Count += change.Delta;
            counts.Upsert(count);
        }
    }
}

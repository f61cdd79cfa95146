namespace FeedWatch.Core.Storage;

/// <summary>What re-matching stored items and counting rule hits need.</summary>
public sealed partial class LiteDbItemStore
{
    /// <summary>The id walk of <see cref="Query"/>, oldest first: a time range is an id range there, not a second index to choose.</summary>
    public IReadOnlyList<StoredItem> ItemsAfter(int afterId, DateTime? since, int limit) =>
        Query(new ItemQuery { AfterId = afterId, Since = since, OldestFirst = true, Limit = limit });

    public void ReplaceMatches(IReadOnlyDictionary<int, List<StoredMatch>> matchesByItemId)
    {
        ArgumentNullException.ThrowIfNull(matchesByItemId);
        lock (_gate)
        {
            InTransaction($"the rescan's update of {matchesByItemId.Count} items", () =>
            {
                // Read again inside the transaction: the daemon may have updated the item's text since
                // the rescan read it, and only the matches are the rescan's to change.
                var counts = new DailyCountChanges();
                foreach (var (id, matches) in matchesByItemId)
                {
                    if (_items.FindById(id) is { } item)
                    {
                        CountRuleChanges(item, matches, counts);
                        item.Matches = matches;
                        item.Flagged = matches.Count > 0;
                        _items.Update(item);
                    }
                }

                counts.WriteTo(_daily);
            });
        }
    }

    private static void CountRuleChanges(StoredItem item, List<StoredMatch> matches, DailyCountChanges counts)
    {
        var before = item.Matches.Select(m => m.Rule).ToHashSet(StringComparer.Ordinal);
        var after = matches.Select(m => m.Rule).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in after.Except(before))
        {
            counts.Add(item.FirstSeen, DailyCount.RuleKind, rule, 1);
        }

        foreach (var rule in before.Except(after))
        {
            counts.Add(item.FirstSeen, DailyCount.RuleKind, rule, -1);
        }
    }

    /// <summary>
    /// Whole UTC days from the daily counters, and the first, partial day from its items: a year of
    /// items never has to be read to answer "how many in the last 7 days".
    /// </summary>
    public int CountFlagged(string rule, DateTime since)
    {
        var firstWholeDay = since.Date.AddDays(1);
        var wholeDays = GetDailyCounts(firstWholeDay, DateTime.MaxValue.Date)
            .Where(count => count.Kind == DailyCount.RuleKind && count.Key == rule)
            .Sum(count => count.Count);
        return wholeDays + CountFlaggedBetween(rule, since, firstWholeDay);
    }

    /// <summary>Reads only the rules and times of the range's items, not whole items: a day of items at a million is ~3,000.</summary>
    private int CountFlaggedBetween(string rule, DateTime since, DateTime until)
    {
        var (lowest, highest) = IdRange(since, until);
        lock (_gate)
        {
            return _database.GetCollection(ItemsCollection).Query()
                .Where("_id BETWEEN @0 AND @1", lowest, highest)
                .Select("{ Rules: $.Matches[*].Rule, FirstSeen: $.FirstSeen }")
                .ToEnumerable()
                .Count(item => item["FirstSeen"].AsDateTime.ToUniversalTime() >= since && item["FirstSeen"].AsDateTime.ToUniversalTime() < until
                    && item["Rules"].AsArray.Any(name => name.AsString == rule));
        }
    }
}

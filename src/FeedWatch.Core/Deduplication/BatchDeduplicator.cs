namespace FeedWatch.Core.Deduplication;

/// <summary>
/// Drops repeats inside one fetched document before it is written: a duplicate key inside a
/// LiteDB transaction silently rolls back the whole poll (DEPENDENCY-NOTES.md).
/// </summary>
public static class BatchDeduplicator
{
    public static IReadOnlyList<T> Distinct<T>(IEnumerable<T> items, Func<T, ItemIdentity> identityOf)
    {
        ArgumentNullException.ThrowIfNull(identityOf);
        var entryKeys = new HashSet<string>(StringComparer.Ordinal);
        var dedupKeys = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<T>();
        foreach (var item in items)
        {
            var identity = identityOf(item);
            if (entryKeys.Add(identity.EntryKey) & dedupKeys.Add(identity.DedupKey))
            {
                distinct.Add(item);
            }
        }

        return distinct;
    }
}

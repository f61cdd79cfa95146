using FeedWatch.Core.Storage;
using LiteDB;

namespace FeedWatch.Daemon.Tests.CrashRecovery;

/// <summary>Everything in a database the daemon left, read the way the daemon and the CLI read it.</summary>
internal sealed record StoreSnapshot(IReadOnlyList<StoredItem> Items, IReadOnlyList<FeedState> Feeds)
{
    /// <summary>
    /// Opens a copy of the database folder as the daemon would at its start, reads every item and
    /// feed, and checks the unique DedupKey index against the items themselves. A copy, because
    /// opening recovers a crashed file: the next daemon must meet the file exactly as its
    /// predecessor left it.
    /// </summary>
    public static StoreSnapshot Read(string databasePath, string scratchDirectory)
    {
        var copy = CopyDatabaseFolder(databasePath, scratchDirectory);
        try
        {
            StoreSnapshot snapshot;
            using (var store = LiteDbItemStore.Open(copy))
            {
                var items = new List<StoredItem>();
                for (var page = store.ItemsAfter(0, null, 1000); page.Count > 0; page = store.ItemsAfter(page[^1].Id, null, 1000))
                {
                    items.AddRange(page);
                }

                snapshot = new StoreSnapshot(items, store.GetFeeds());
            }

            CheckDedupIndex(copy, snapshot.Items);
            return snapshot;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    public Dictionary<string, StoredItem> ByLink() =>
        Items.Where(item => item.Link is not null).GroupBy(item => item.Link!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Links stored more than once: LiteDB's unique index should make this impossible.</summary>
    public IReadOnlyList<string> DuplicateLinks() =>
        [.. Items.GroupBy(item => item.Link ?? item.DedupKey).Where(g => g.Count() > 1).Select(g => g.Key)];

    /// <summary>
    /// Feeds whose state's item count differs from the items that name them as a source: the count
    /// is saved in the same transaction as the items, so a kill can never leave the two apart.
    /// </summary>
    public IReadOnlyList<string> FeedCountMismatches() =>
        [.. Feeds.Select(feed => (feed.Id, feed.ItemCount, Actual: Items.Count(item => item.Sources.Contains(feed.Id))))
            .Where(f => f.ItemCount != f.Actual)
            .Select(f => $"{f.Id}: state says {f.ItemCount}, {f.Actual} items")];

    /// <summary>An index that lost or kept entries the collection does not have would let a stored item be inserted again.</summary>
    private static void CheckDedupIndex(string path, IReadOnlyList<StoredItem> items)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        var byIndex = database.GetCollection("items").Find(Query.All(nameof(StoredItem.DedupKey)))
            .Select(doc => (Id: doc["_id"].AsInt32, Key: doc[nameof(StoredItem.DedupKey)].AsString))
            .ToList();
        var expected = items.Select(item => (item.Id, Key: item.DedupKey)).OrderBy(p => p.Id).ToList();
        var actual = byIndex.OrderBy(p => p.Id).ToList();
        if (!expected.SequenceEqual(actual))
        {
            var missing = expected.Except(actual).Take(5);
            var extra = actual.Except(expected).Take(5);
            throw new InvalidDataException(
                $"DedupKey index disagrees with the items: {expected.Count} items, {actual.Count} index entries; " +
                $"not in index: {string.Join(", ", missing)}; only in index: {string.Join(", ", extra)}");
        }
    }

    /// <summary>The database folder holds only the file, its log and the search index.</summary>
    private static string CopyDatabaseFolder(string databasePath, string scratchDirectory)
    {
        var target = Path.Combine(scratchDirectory, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(databasePath)!))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return Path.Combine(target, Path.GetFileName(databasePath));
    }
}

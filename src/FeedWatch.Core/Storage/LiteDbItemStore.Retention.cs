using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>Retention: old items deleted a page at a time, each leaving a tombstone, and the file compacted when that freed much.</summary>
public sealed partial class LiteDbItemStore
{
    private const int PurgePage = 1_000;

    // Rebuilding rewrites the whole file under LiteDB's lock (CLI readers wait), so only when it gives back a lot.
    private const double CompactWhenPurgedShare = 0.2;

    private bool? _hasTombstones;

    public PurgeResult Purge(DateTime olderThan, DateTime flaggedOlderThan, DateTime tombstonesOlderThan, DateTime now)
    {
        int purged = 0, keptFlagged = 0, itemsBefore;
        lock (_gate)
        {
            itemsBefore = _items.Count();
        }

        var cursor = 0;
        while (true)
        {
            // Read and delete under one hold of the lock, so the daemon cannot change a page in between.
            lock (_gate)
            {
                var page = Query(new ItemQuery { AfterId = cursor, Until = olderThan, OldestFirst = true, Limit = PurgePage });
                if (page.Count == 0)
                {
                    break;
                }

                var doomed = page.Where(item => !item.Flagged || item.FirstSeen < flaggedOlderThan).ToList();
                keptFlagged += page.Count - doomed.Count;
                DeleteLeavingTombstones(doomed, now);
                purged += doomed.Count;
                cursor = page[^1].Id;
            }
        }

        int tombstonesPurged;
        lock (_gate)
        {
            tombstonesPurged = _tombstones.DeleteMany(tombstone => tombstone.PurgedAt < tombstonesOlderThan);
            _hasTombstones = null;
        }

        var compacted = itemsBefore > 0 && purged >= itemsBefore * CompactWhenPurgedShare;
        if (compacted)
        {
            lock (_gate)
            {
                // Without options LiteDB rebuilds with its default collation, undoing the ordinal one.
                _database.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = OrdinalCollation });
            }
        }

        return new PurgeResult(purged, keptFlagged, tombstonesPurged, compacted);
    }

    private void DeleteLeavingTombstones(List<StoredItem> doomed, DateTime now)
    {
        if (doomed.Count == 0)
        {
            return;
        }

        InTransaction($"the purge of {doomed.Count} items", () =>
        {
            foreach (var item in doomed)
            {
                _tombstones.Upsert(new Tombstone { Id = item.DedupKey, EntryKeys = item.EntryKeys, PurgedAt = now });
                _items.Delete(item.Id);
                LeaveStory(item);
            }
        });
    }

    /// <summary>Under the store's lock, inside the ingest transaction: the dedup and entry keys of incoming items purged before.</summary>
    private HashSet<string> PurgedKeys(IReadOnlyList<Deduplication.IdentifiedItem> incoming)
    {
        _hasTombstones ??= _tombstones.Exists(LiteDB.Query.All());
        if (_hasTombstones == false || incoming.Count == 0)
        {
            return [];
        }

        var dedupKeys = new BsonArray(incoming.Select(i => new BsonValue(i.Identity.DedupKey)));
        var entryKeys = new BsonArray(incoming.Select(i => new BsonValue(i.Identity.EntryKey)));
        var byDedup = _tombstones.Find(LiteDB.Query.In("_id", dedupKeys)).Select(t => t.Id);
        var byEntry = _tombstones.Find(BsonExpression.Create("$.EntryKeys[*] ANY IN @0", entryKeys)).SelectMany(t => t.EntryKeys);
        return [.. byDedup, .. byEntry];
    }
}

using FeedWatch.Core.Deduplication;
using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// The stored items one poll's entries may already be: fetched in two index seeks for the whole
/// poll instead of two queries per entry, then kept current as the poll inserts. An entry is its
/// stored item by entry key (same feed, same GUID) first, else by dedup key (same link elsewhere).
/// </summary>
internal sealed class KnownItems
{
    private readonly Dictionary<string, StoredItem> _byEntryKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredItem> _byDedupKey = new(StringComparer.Ordinal);

    private KnownItems()
    {
    }

    /// <param name="byEntryKeys">"$.EntryKeys[*] ANY IN @0", parsed once by the caller.</param>
    /// <param name="byDedupKeys">"$.DedupKey IN @0", parsed once by the caller.</param>
    /// <param name="feedHasStoredItems">
    /// Whether the feed ever had an item stored. Entry keys begin with their feed's id and are only
    /// given to an item by that feed, so a feed without items has none to look up: the first poll of
    /// every feed (a whole cold start) skips that seek, the dearer of the two (bench/README.md).
    /// </param>
    public static KnownItems Load(ItemCollection items, IReadOnlyList<IdentifiedItem> incoming, BsonExpression byEntryKeys, BsonExpression byDedupKeys, bool feedHasStoredItems)
    {
        var known = new KnownItems();
        if (incoming.Count == 0)
        {
            return known;
        }

        // One instance per stored item, so that an update made through one key is seen through the other.
        var byId = new Dictionary<int, StoredItem>();
        byDedupKeys.Parameters["0"] = new BsonArray(incoming.Select(i => new BsonValue(i.Identity.DedupKey)));
        var found = items.Find(byDedupKeys);
        if (feedHasStoredItems)
        {
            byEntryKeys.Parameters["0"] = new BsonArray(incoming.Select(i => new BsonValue(i.Identity.EntryKey)));
            found = items.Find(byEntryKeys).Concat(found);
        }

        foreach (var item in found)
        {
            known.Add(byId.TryGetValue(item.Id, out var same) ? same : byId[item.Id] = item);
        }

        return known;
    }

    public StoredItem? Find(ItemIdentity identity) =>
        _byEntryKey.GetValueOrDefault(identity.EntryKey) ?? _byDedupKey.GetValueOrDefault(identity.DedupKey);

    /// <summary>Records an item inserted or given a new entry key by this poll.</summary>
    public void Add(StoredItem item)
    {
        foreach (var key in item.EntryKeys)
        {
            _byEntryKey.TryAdd(key, item);
        }

        _byDedupKey.TryAdd(item.DedupKey, item);
    }
}

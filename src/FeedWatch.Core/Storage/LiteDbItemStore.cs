using System.Globalization;
using FeedWatch.Core.Deduplication;
using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// Items and feed state in one LiteDB file, opened in shared mode so that the daemon and the CLI
/// can use it at once (direct mode takes no cross-process lock on Linux: DEPENDENCY-NOTES.md).
/// </summary>
public sealed partial class LiteDbItemStore : IItemStore
{
    private const string ItemsCollection = "items";
    private const string FeedsCollection = "feeds";
    private const string WebhooksCollection = "webhooks";
    private const string DailyCollection = "daily";
    private const string ReindexCollection = "reindex";
    private const string TombstonesCollection = "tombstones";

    private readonly LiteDatabase _database;

    // Each typed collection builds its entity mapper when first asked for: reflection and a compiled
    // expression per property. A CLI command uses two or three of them and should not build all nine.
    private ItemCollection _items => field ??= new ItemCollection(_database.GetCollection(ItemsCollection, BsonAutoId.Int32));

    // For reads that take a few fields of many items instead of whole items.
    private ILiteCollection<BsonDocument> _itemDocuments => _items.Documents;

    private ILiteCollection<FeedState> _feeds => field ??= _database.GetCollection<FeedState>(FeedsCollection);

    private ILiteCollection<WebhookDelivery> _webhooks => field ??= _database.GetCollection<WebhookDelivery>(WebhooksCollection);

    private ILiteCollection<BsonDocument> _daily => field ??= _database.GetCollection(DailyCollection);

    private ILiteCollection<ReindexEntry> _reindex => field ??= _database.GetCollection<ReindexEntry>(ReindexCollection);

    private ILiteCollection<Tombstone> _tombstones => field ??= _database.GetCollection<Tombstone>(TombstonesCollection);

    private ILiteCollection<Story> _stories => field ??= _database.GetCollection<Story>(StoriesCollection);

    private ILiteCollection<BsonDocument> _storyMembers => field ??= _database.GetCollection(StoryMembersCollection);

    // LiteDB transactions belong to one thread and shared mode serialises through one mutex; polls
    // of different feeds run in parallel, so they take turns here for the length of one poll's write.
    private readonly Lock _gate = new();

    private LiteDbItemStore(LiteDatabase database) => _database = database;

    /// <summary>
    /// Opens a database the daemon made, as it is: no index creation and no collation rebuild, which
    /// are the daemon's to do at its start (a rebuild rewrites the whole file). For the CLI, where each
    /// of those would cost start-up time on every command.
    /// </summary>
    public static LiteDbItemStore OpenExisting(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!IsExistingDatabase(path))
        {
            throw new FileNotFoundException($"Database '{path}' does not exist or is empty.", path);
        }

        return new LiteDbItemStore(new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared }, CreateMapper()));
    }

    public static LiteDbItemStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var existing = IsExistingDatabase(path);
        // LiteDB refuses to open a file whose collation differs from the one asked for, so an
        // existing file is opened as it is and rebuilt if it predates the ordinal collation.
        var connection = new ConnectionString { Filename = path, Connection = ConnectionType.Shared, Collation = existing ? null : OrdinalCollation };
        var database = new LiteDatabase(connection, CreateMapper());
        try
        {
            UseOrdinalCollation(database);
            var store = new LiteDbItemStore(database);
            store.EnsureIndexes();
            return store;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// LiteDB's default collation (current culture, ignore case) would make two links that differ
    /// only in case one dedup key, and its culture-aware compare dominates index inserts. Keys and
    /// ids here are compared byte for byte.
    /// </summary>
    private static readonly Collation OrdinalCollation = new(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);

    /// <summary>The collation is fixed when a file is created; files made before it are rebuilt once.</summary>
    private static void UseOrdinalCollation(LiteDatabase database)
    {
        if (database.Collation.SortOptions != CompareOptions.Ordinal)
        {
            database.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = OrdinalCollation });
        }
    }

    /// <summary>
    /// LiteDB "repairs" a file it cannot read by rewriting it; a mistyped --db or Storage:Path must
    /// never destroy someone's file, so anything without LiteDB's header is refused untouched.
    /// </summary>
    /// <returns>Whether the file exists with content; throws if that content is not LiteDB's.</returns>
    private static bool IsExistingDatabase(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[HeaderOffset + HeaderMarker.Length];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || !header[HeaderOffset..].SequenceEqual(HeaderMarker))
            {
                throw new InvalidDataException($"'{path}' is not a LiteDB database; it was left untouched.");
            }
        }

        return true;
    }

    private const int HeaderOffset = 32;

    private static ReadOnlySpan<byte> HeaderMarker => "** This is a LiteDB file **"u8;

    internal static BsonMapper CreateMapper()
    {
        // LiteDB's defaults trim strings and turn "" into null; feed text is stored as given.
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        // LiteDB hands dates back in local time; everything in FeedWatch is UTC.
        mapper.RegisterType(
            serialize: value => new BsonValue(value.ToUniversalTime()),
            deserialize: bson => DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        // Ids are marked with [BsonId] on the types, not registered here: registering builds every
        // type's entity mapper (reflection, a compiled expression per property) at open, ~50 ms of each
        // CLI command, when a command uses two or three of them.
        return mapper;
    }

    /// <summary>
    /// Only indexes a lookup or a CLI filter uses: every index costs each new item a skip-list
    /// insert, and that is most of the cost of a cold poll cycle (bench/README.md).
    /// </summary>
    private void EnsureIndexes()
    {
        _items.EnsureIndex(nameof(StoredItem.DedupKey), "$.DedupKey", unique: true);
        _items.EnsureIndex(nameof(StoredItem.EntryKeys), "$.EntryKeys[*]");
        _items.EnsureIndex("Rules", "$.Matches[*].Rule");
        // A feed's items are found through its entry keys and a time range by binary search on ids
        // (LiteDbItemStore.Query.cs); these two indexes cost every insert ~30 % of its time.
        _items.DropIndex(nameof(StoredItem.Sources));
        _items.DropIndex(nameof(StoredItem.FirstSeen));
        // Queries walk ids newest first and check the flag on the item (LiteDbItemStore.Query.cs), so
        // an index on a flag that 95 % of items share only cost every insert.
        _items.DropIndex(nameof(StoredItem.Flagged));
        _webhooks.EnsureIndex(nameof(WebhookDelivery.NextAttemptAt), "$.NextAttemptAt");
        _tombstones.EnsureIndex(nameof(Tombstone.EntryKeys), "$.EntryKeys[*]");
        // Stories are found through their items; only `story ID` and a re-cluster list a story's members.
        _storyMembers.EnsureIndex("Story", "$.Story");
    }

    public FeedState? GetFeed(string feedId)
    {
        lock (_gate)
        {
            return _feeds.FindById(feedId);
        }
    }

    public IReadOnlyList<FeedState> GetFeeds()
    {
        lock (_gate)
        {
            return _feeds.Query().OrderBy(feed => feed.Id).ToList();
        }
    }

    public void SaveFeed(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            _feeds.Upsert(state);
        }
    }

    public IngestResult Ingest(FeedState state, IReadOnlyList<IdentifiedItem> items, DateTime now) =>
        IngestBatch([new IngestRequest(state, items, now)])[0];

    public IReadOnlyList<IngestResult> IngestBatch(IReadOnlyList<IngestRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        lock (_gate)
        {
            // Ingest changes the states as it goes; a rollback must take that back too.
            var before = requests.Select(r => (r.State.ItemCount, r.State.LastNewItemAt, r.State.EntryFingerprints)).ToList();
            var results = new List<IngestResult>(requests.Count);
            try
            {
                // LiteDB rolls back silently on a constraint violation inside a transaction.
                InTransaction($"the write of feed(s) {string.Join(", ", requests.Select(r => r.State.Id))}; nothing was stored", () =>
                {
                    // In the transaction: in shared mode every read outside one opens the file again.
                    var stories = StoryAssignment.For(this, requests);
                    var counts = new DailyCountChanges();
                    foreach (var request in requests)
                    {
                        var result = IngestItems(request, FirstSeenAt(request.Now), counts, stories);
                        QueueWebhooks(result.Alerts, request.WebhookRules, request.Now);
                        results.Add(result);
                        if (request.EntryFingerprints is { } fingerprints)
                        {
                            request.State.EntryFingerprints = [.. fingerprints];
                        }

                        _feeds.Upsert(request.State);
                    }

                    counts.WriteTo(_daily);
                });
                return results;
            }
            catch
            {
                _newestFirstSeen = null;
                // It holds this batch's items, which are not stored.
                _storyIndex = null;
                for (var i = 0; i < requests.Count; i++)
                {
                    (requests[i].State.ItemCount, requests[i].State.LastNewItemAt, requests[i].State.EntryFingerprints) = before[i];
                }

                throw;
            }
        }
    }

    /// <summary>
    /// Polls that overlap commit in any order, so a poll's own time can be older than items already
    /// stored; first-seen times never go backwards, which keeps id order and first-seen order one, and
    /// lets a time range be found as an id range (LiteDbItemStore.Query.cs).
    /// </summary>
    private DateTime FirstSeenAt(DateTime pollTime)
    {
        _newestFirstSeen ??= NewestItem()?.FirstSeen ?? DateTime.MinValue;
        if (pollTime > _newestFirstSeen)
        {
            _newestFirstSeen = pollTime;
        }

        return _newestFirstSeen.Value;
    }

    private DateTime? _newestFirstSeen;

    private IngestResult IngestItems(IngestRequest request, DateTime firstSeen, DailyCountChanges counts, StoryAssignment stories)
    {
        var (state, items, now) = (request.State, request.Items, request.Now);
        int updated = 0, unchanged = 0;
        var newIds = new List<int>();
        var newFlagged = new List<StoredItem>();
        var alerts = new List<ItemAlert>();
        var newToThisFeed = false;
        var known = KnownItems.Load(_items, items, _byEntryKeys, _byDedupKeys, feedHasStoredItems: state.ItemCount > 0);
        var purged = PurgedKeys(items);
        foreach (var incoming in items)
        {
            var existing = known.Find(incoming.Identity);
            if (existing is null && (purged.Contains(incoming.Identity.DedupKey) || purged.Contains(incoming.Identity.EntryKey)))
            {
                // Purged by retention; the feed still carries it, which does not make it new.
                unchanged++;
                continue;
            }

            if (existing is null)
            {
                var created = StoredItemMapper.Create(state.Id, incoming, firstSeen);
                var story = stories.Find(created, incoming.StoryWords, request.Stories);
                newIds.Add(_items.Insert(created));
                known.Add(created);
                counts.AddItem(created, state.Id, newToStore: true);
                if (created.Flagged)
                {
                    newFlagged.Add(created);
                    if (AlertRules(created, story, request.EveryCopyRules) is { Count: > 0 } alertRules)
                    {
                        alerts.Add(new ItemAlert(created, alertRules));
                    }
                }

                stories.Join(created, story, incoming.StoryWords, request.Stories);

                state.ItemCount++;
                continue;
            }

            var addedSource = StoredItemMapper.AddSource(existing, state.Id, incoming.Identity.EntryKey);
            // Only the first carrier rewrites the text, so two feeds with different copies never flip-flop it.
            var changed = existing.Sources[0] == state.Id && StoredItemMapper.UpdateContent(existing, incoming, now);
            if (addedSource)
            {
                AddStorySources(existing);
                counts.AddItem(existing, state.Id, newToStore: false);
                state.ItemCount++;
                newToThisFeed = true;
                known.Add(existing);
            }

            if (addedSource || changed)
            {
                _items.Update(existing);
                updated++;
            }

            if (changed)
            {
                _reindex.Upsert(new ReindexEntry { Id = existing.Id, Stamp = existing.LastSeen });
            }
            else
            {
                unchanged++;
            }
        }

        // New to this feed counts, even when another feed brought the story first: staleness is per feed.
        if (newIds.Count > 0 || newToThisFeed)
        {
            state.LastNewItemAt = now;
        }

        return new IngestResult(newIds.Count, updated, unchanged, newIds, newFlagged, alerts);
    }

    // Parsed once: LiteDB parses a string expression on every call, which cost as much as the lookup.
    // Only used under _gate, so setting the parameter on the shared instance is safe.
    // Created on first use: a CLI process never ingests, and compiling an expression costs milliseconds.
    private BsonExpression _byEntryKeys => field ??= BsonExpression.Create("$.EntryKeys[*] ANY IN @0");
    private BsonExpression _byDedupKeys => field ??= BsonExpression.Create("$.DedupKey IN @0");

    /// <summary>Under the store's lock: all of <paramref name="write"/> or none of it.</summary>
    /// <param name="what">Names the write in the error if LiteDB rolls it back.</param>
    private void InTransaction(string what, Action write)
    {
        if (!_database.BeginTrans())
        {
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
        }

        _inTransaction = true;
        try
        {
            write();
            if (!_database.Commit())
            {
                throw new InvalidOperationException($"LiteDB rolled back {what}.");
            }
        }
        catch
        {
            _database.Rollback();
            throw;
        }
        finally
        {
            _inTransaction = false;
        }
    }

    /// <summary>
    /// Under the store's lock: several reads with one opening of the file. In shared mode each read
    /// outside a transaction opens the file, reads its header and closes it again.
    /// </summary>
    private T Reading<T>(Func<T> read)
    {
        if (_inTransaction)
        {
            return read();
        }

        var result = default(T)!;
        InTransaction("a read", () => result = read());
        return result;
    }

    private bool _inTransaction;

    public StoredItem? GetItem(int id)
    {
        lock (_gate)
        {
            return _items.FindById(id);
        }
    }

    public void Dispose() => _database.Dispose();
}

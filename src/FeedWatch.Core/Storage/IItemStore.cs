using FeedWatch.Core.Deduplication;

namespace FeedWatch.Core.Storage;

/// <summary>The storage seam: LiteDB today, another database later without touching the stages.</summary>
public interface IItemStore : IDisposable
{
    FeedState? GetFeed(string feedId);

    IReadOnlyList<FeedState> GetFeeds();

    /// <summary>Records a poll that stored no items (304, failure).</summary>
    void SaveFeed(FeedState state);

    /// <summary>Stores a poll's items and the feed's state in one transaction: all of it or none.</summary>
    IngestResult Ingest(FeedState state, IReadOnlyList<IdentifiedItem> items, DateTime now);

    /// <summary>
    /// Several polls' writes in one transaction (see <see cref="GroupCommitWriter"/>): each request's
    /// items are stored and its feed state saved, in order, so later requests see earlier ones'
    /// items. All or nothing.
    /// </summary>
    IReadOnlyList<IngestResult> IngestBatch(IReadOnlyList<IngestRequest> requests);

    StoredItem? GetItem(int id);

    /// <summary>A story of more than one item; null for a story of one item (its id is the item's) or an unknown id.</summary>
    Story? GetStory(int id);

    /// <summary>The stories of more than one item among these ids, in no particular order.</summary>
    IReadOnlyList<Story> GetStories(IReadOnlyCollection<int> ids);

    /// <summary>The ids of a story's items in order of arrival; empty for a story of one item.</summary>
    IReadOnlyList<int> GetStoryMembers(int storyId);

    /// <summary>Newest first: by first-seen time, then by order of arrival.</summary>
    IReadOnlyList<StoredItem> Query(ItemQuery query);

    /// <summary>Items after <paramref name="afterId"/> in id order (first seen at or after <paramref name="since"/>): a page of a rescan.</summary>
    IReadOnlyList<StoredItem> ItemsAfter(int afterId, DateTime? since, int limit);

    /// <summary>
    /// What <see cref="Query"/> returns (at most <see cref="ItemQuery.Limit"/>, in its order), read
    /// lazily a page at a time: a dump of a million items never holds them all, and the daemon's
    /// writes go on between pages.
    /// </summary>
    IEnumerable<StoredItem> StreamItems(ItemQuery query);

    /// <summary>Sets the matches (and the flag) of the given items, in one transaction.</summary>
    void ReplaceMatches(IReadOnlyDictionary<int, List<StoredMatch>> matchesByItemId);

    /// <summary>
    /// Places the items first seen since <paramref name="since"/> (all when null) in stories again,
    /// oldest first, under <paramref name="options"/>; earlier items keep theirs. Sends no alerts.
    /// </summary>
    Stories.ReclusterReport ReclusterStories(DateTime? since, Configuration.StoryOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Items first seen at or after <paramref name="since"/> that the rule flagged.</summary>
    int CountFlagged(string rule, DateTime since);

    /// <summary>Webhook deliveries whose next attempt is due, oldest first.</summary>
    IReadOnlyList<WebhookDelivery> GetDueWebhooks(DateTime now, int limit);

    void SaveWebhook(WebhookDelivery delivery);

    /// <summary>Takes a delivered (or abandoned) webhook off the outbox.</summary>
    void CompleteWebhook(string deliveryId);

    /// <summary>Items per day per feed and per rule, for the days from <paramref name="fromDay"/> to <paramref name="toDay"/> (UTC dates, inclusive).</summary>
    IReadOnlyList<DailyCount> GetDailyCounts(DateTime fromDay, DateTime toDay);

    bool DailyCountsMissing();

    void RebuildDailyCounts();

    /// <summary>Items whose text changed after they were stored, for the search index.</summary>
    IReadOnlyList<ReindexEntry> PendingReindex(int limit);

    void ClearReindex(IReadOnlyList<ReindexEntry> entries);

    /// <summary>The items with these ids that exist, in no particular order.</summary>
    IReadOnlyList<StoredItem> GetItems(IReadOnlyCollection<int> ids);

    /// <summary>0 when there is no item.</summary>
    int NewestItemId();

    /// <summary>Replaces the daemon's heartbeat (there is only one).</summary>
    void SaveHeartbeat(Heartbeat heartbeat);

    /// <summary>The last heartbeat written, or null when no daemon has ever written one to this file.</summary>
    Heartbeat? GetHeartbeat();

    /// <summary>
    /// Deletes items first seen before <paramref name="olderThan"/> (flagged ones only before
    /// <paramref name="flaggedOlderThan"/>), each leaving a tombstone; deletes tombstones older than
    /// <paramref name="tombstonesOlderThan"/>; compacts the file when that freed much.
    /// </summary>
    PurgeResult Purge(DateTime olderThan, DateTime flaggedOlderThan, DateTime tombstonesOlderThan, DateTime now);
}

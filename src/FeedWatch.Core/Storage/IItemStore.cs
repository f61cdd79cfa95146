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

    /// <summary>Newest first: by first-seen time, then by order of arrival.</summary>
    IReadOnlyList<StoredItem> Query(ItemQuery query);
}

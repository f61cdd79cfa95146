using FeedWatch.Core.Deduplication;

namespace FeedWatch.Core.Storage;

/// <summary>One poll's write: the feed's new state and its entries (none for a 304 or a failure).</summary>
public sealed record IngestRequest(FeedState State, IReadOnlyList<IdentifiedItem> Items, DateTime Now);

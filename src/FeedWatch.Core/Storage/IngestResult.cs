namespace FeedWatch.Core.Storage;

/// <param name="New">Items never seen before.</param>
/// <param name="Updated">Known items whose content changed, or that gained this feed as a source.</param>
/// <param name="Unchanged">Known items this feed already carried, unchanged: no write.</param>
/// <param name="NewFlagged">The new items that matched a watch rule, as stored: what alerts are about.</param>
public sealed record IngestResult(int New, int Updated, int Unchanged, IReadOnlyList<int> NewItemIds, IReadOnlyList<StoredItem> NewFlagged);

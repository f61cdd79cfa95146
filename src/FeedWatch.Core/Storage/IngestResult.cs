namespace FeedWatch.Core.Storage;

/// <param name="New">Items never seen before.</param>
/// <param name="Updated">Known items whose content changed, or that gained this feed as a source.</param>
/// <param name="Unchanged">Known items this feed already carried, unchanged: no write.</param>
/// <param name="NewFlagged">The new items that matched a watch rule, as stored.</param>
/// <param name="Alerts">What to alert about: each new flagged item with the rules it is the story's first (or an every-copy) alert for.</param>
public sealed record IngestResult(int New, int Updated, int Unchanged, IReadOnlyList<int> NewItemIds, IReadOnlyList<StoredItem> NewFlagged, IReadOnlyList<ItemAlert> Alerts);

/// <summary>A newly stored item and the rules it alerts for (a subset of its matches' rules, never empty).</summary>
public sealed record ItemAlert(StoredItem Item, IReadOnlyList<string> Rules);

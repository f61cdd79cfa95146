using FeedWatch.Core.Search;

namespace FeedWatch.Core.Storage;

/// <summary>An <see cref="ItemQuery"/>'s conditions checked on a loaded item, the exact answer whatever index found it.</summary>
internal sealed class ItemFilter(ItemQuery query, SearchText? search)
{
    public bool Accepts(StoredItem item) =>
        item.Id > query.AfterId
        && (!query.FlaggedOnly || item.Flagged)
        && (query.Rule is null || item.Matches.Exists(m => m.Rule == query.Rule))
        && (query.FeedId is null || item.Sources.Contains(query.FeedId))
        && (query.Since is null || item.FirstSeen >= query.Since)
        && (query.Until is null || item.FirstSeen < query.Until)
        && (search is null || search.Matches(item.Title, item.Summary, item.Content));
}

using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Storage;

/// <summary>Builds and updates stored items from identified items; no database access.</summary>
internal static class StoredItemMapper
{
    public static StoredItem Create(string feedId, IdentifiedItem incoming, DateTime now)
    {
        var item = new StoredItem
        {
            DedupKey = incoming.Identity.DedupKey,
            EntryKeys = [incoming.Identity.EntryKey],
            Sources = [feedId],
            FirstSeen = now,
        };
        CopyContent(item, incoming, now);
        return item;
    }

    /// <returns>True when <paramref name="feedId"/> or its entry key was new to the item.</returns>
    public static bool AddSource(StoredItem item, string feedId, string entryKey)
    {
        var addedSource = !item.Sources.Contains(feedId);
        if (addedSource)
        {
            item.Sources.Add(feedId);
        }

        if (!item.EntryKeys.Contains(entryKey))
        {
            item.EntryKeys.Add(entryKey);
        }

        return addedSource;
    }

    /// <returns>True when the text changed and was copied (and re-matched upstream).</returns>
    public static bool UpdateContent(StoredItem item, IdentifiedItem incoming, DateTime now)
    {
        if (item.ContentHash == incoming.Item.ContentHash)
        {
            return false;
        }

        CopyContent(item, incoming, now);
        return true;
    }

    private static void CopyContent(StoredItem item, IdentifiedItem incoming, DateTime now)
    {
        var source = incoming.Item;
        item.Title = source.Title;
        item.Link = source.Link;
        item.Author = source.Author;
        item.Categories = [.. source.Categories];
        item.Summary = source.Summary;
        item.SummaryHtml = source.SummaryHtml;
        item.Content = source.Content;
        item.Published = source.Published;
        item.LastSeen = now;
        item.ContentHash = source.ContentHash;
        item.Matches = incoming.Matches.Select(ToStored).ToList();
        item.Flagged = item.Matches.Count > 0;
    }

    public static StoredMatch ToStored(WatchMatch match) => new()
    {
        Rule = match.Rule,
        Term = match.Term,
        Field = match.Field,
        Snippet = match.Snippet,
        HitStart = match.HitStart,
        HitLength = match.HitLength,
        RuleVersion = match.RuleVersion,
    };
}

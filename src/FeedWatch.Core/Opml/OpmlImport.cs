using FeedWatch.Core.Configuration;

namespace FeedWatch.Core.Opml;

/// <summary>Decides, for every feed of a list, whether the config has it already and which id a new one gets.</summary>
public static class OpmlImport
{
    /// <param name="existing">The config's feeds as <see cref="ConfigLoader"/> returns them (URLs absolute).</param>
    public static IReadOnlyList<OpmlImportEntry> Plan(IReadOnlyList<FeedDefinition> existing, IReadOnlyList<OpmlFeed> feeds)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(feeds);
        var idOfUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feed in existing)
        {
            idOfUrl.TryAdd(feed.Url, feed.Id);
        }

        var ids = new FeedIdMaker(existing.Select(feed => feed.Id));
        return feeds
            .Select(feed => idOfUrl.TryGetValue(feed.Url, out var id)
                ? new OpmlImportEntry(id, feed, AlreadyPresent: true)
                : new OpmlImportEntry(ids.Take(new Uri(feed.Url), feed.FeedId), feed, AlreadyPresent: false))
            .ToList();
    }
}

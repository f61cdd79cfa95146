using System.CommandLine;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;

namespace FeedWatch.Cli;

/// <summary>
/// The stories an <c>items</c>-style query selects, each once, in the query's order, for <c>stories</c>
/// and <c>items --collapse</c>. Lazy and unbounded: the caller filters (<c>--min-sources</c>) and takes
/// as many as it prints, so only what it prints is read.
/// </summary>
internal static class StoryFinder
{
    /// <param name="query">Its <see cref="ItemQuery.Limit"/> is the number of stories the caller means to print.</param>
    public static IEnumerable<StorySummary> Find(ParseResult parse, IItemStore store, CliConsole console, ItemQuery query)
    {
        if (query.Search is null)
        {
            return StoryListing.Collapse(store, query with { Limit = int.MaxValue }, expected: query.Limit);
        }

        // The store's own walk would check every item's words (seconds at a million items); the index
        // finds the few that have them.
        return StoryListing.Collapse(store, Searched(parse, store, console, query), query.Limit);
    }

    /// <summary>
    /// A search's items, in its order, without end: <see cref="ItemSearch"/> answers a limited query, so
    /// the limit grows fourfold until the stories wanted are found or the search runs out. Copies of a
    /// story share their words, so the first page, twice the stories wanted, is usually the last.
    /// </summary>
    private static IEnumerable<StoredItem> Searched(ParseResult parse, IItemStore store, CliConsole console, ItemQuery query)
    {
        using var index = SearchOpener.Open(parse, store, console);
        var search = new ItemSearch(store, index);
        // By id, not position: the daemon may store a matching item between two pages.
        var seen = new HashSet<int>();
        var limit = (int)Math.Min(int.MaxValue, query.Limit * 2L);
        while (true)
        {
            var page = search.Query(query with { Limit = limit });
            foreach (var item in page.Where(item => seen.Add(item.Id)))
            {
                yield return item;
            }

            if (page.Count < limit)
            {
                yield break;
            }

            limit = (int)Math.Min(int.MaxValue, limit * 4L);
        }
    }
}

using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Search;

/// <summary>
/// Search over a store whose index lags: the first half of the items is indexed, the second is not,
/// and some indexed items changed their text after indexing. Answers must equal filtering every item.
/// </summary>
public sealed class ItemSearchTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Phrases = ["Durand Line", "Karachi markets", "floods in Swat", "Torkham crossing", "TTP statement"];

    private readonly TempDirectory _temp = new();
    private readonly LiteDbItemStore _store;
    private readonly SearchIndex _index;

    public ItemSearchTests()
    {
        var path = _temp.File("search.db");
        _store = LiteDbItemStore.Open(path);
        _index = SearchIndex.Open(path);
        for (var poll = 0; poll < 20; poll++)
        {
            var feed = $"feed-{poll % 2}";
            _store.Ingest(new FeedState { Id = feed }, Enumerable.Range(poll * 100, 100).Select(n => Item(feed, n, Phrases[n % Phrases.Length])).ToList(), Start.AddHours(poll * 6));
            if (poll == 9)
            {
                using var writer = _index.TryOpenWriter()!;
                SearchIndexUpdater.CatchUp(_store, writer);
            }
        }

        // Indexed items whose text then changed: the index still has their old words.
        _store.Ingest(new FeedState { Id = "feed-0" }, Enumerable.Range(0, 30).Select(n => n * 2).Select(n => Item("feed-0", n, "Chaman border")).ToList(), Start.AddDays(10));
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
        _temp.Dispose();
    }

    private static IdentifiedItem Item(string feed, int n, string phrase)
    {
        var item = new NormalizedItem($"g{n}", $"https://{feed}.example/{n}", $"Story {n}: {phrase}", $"Report {n} mentions {phrase}.", null, "", null, [], null, $"h{n}-{phrase}");
        return new IdentifiedItem(item, ItemIdentity.For(feed, item), []);
    }

    public static TheoryData<string, bool, int, int?> Searches => new()
    {
        { "\"durand line\"", false, 50, null },
        { "\"durand line\"", true, 50, null },
        { "\"durand line\"", false, 1_000, null },
        { "chaman", false, 1_000, null }, // only in changed text: the queue must supply them
        { "\"karachi markets\"", false, 1_000, null }, // old text of some changed items: must not come back
        { "torkham crossing", false, 30, 3 },
        { "swat", true, 1_000, 2 },
        { "nowhere", false, 50, null },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Query_WithALaggingIndex_GivesWhatFilteringEveryItemGives(string search, bool oldestFirst, int limit, int? sinceDay)
    {
        var query = new ItemQuery { Search = search, OldestFirst = oldestFirst, Limit = limit, Since = sinceDay is { } day ? Start.AddDays(day) : null };

        var answer = new ItemSearch(_store, _index).Query(query).Select(item => item.Id).ToList();

        var words = SearchText.Parse(search)!;
        var all = _store.ItemsAfter(0, null, 100_000)
            .Where(item => (query.Since is null || item.FirstSeen >= query.Since) && words.Matches(item.Title, item.Summary, item.Content));
        var expected = (oldestFirst ? all.OrderBy(i => i.Id) : all.OrderByDescending(i => i.Id)).Take(limit).Select(i => i.Id).ToList();
        Assert.Equal(expected, answer);
    }

    [Fact]
    public void CatchUp_IndexesTheRestAndEmptiesTheQueue()
    {
        using (var writer = _index.TryOpenWriter()!)
        {
            SearchIndexUpdater.CatchUp(_store, writer);
        }

        Assert.Equal(_store.NewestItemId(), _index.Through);
        Assert.Empty(_store.PendingReindex(10));
        var (ids, _) = _index.Find(SearchText.Parse("chaman")!, oldestFirst: false, after: null, count: 1_000);
        Assert.Equal(30, ids.Count);
    }

    [Fact]
    public void TryOpenWriter_WhileAnotherWriterIsOpen_IsNull()
    {
        using var first = _index.TryOpenWriter();

        Assert.NotNull(first);
        Assert.Null(_index.TryOpenWriter());
    }
}

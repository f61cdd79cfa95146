using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Storage;

/// <summary>
/// Queries against a store big enough for every path: several scan pages, a dense rule (walked by
/// id), a rare rule and a rare feed (read through their indexes), polls whose commit order differs
/// from their first-seen order, ids with gaps where retention took unflagged items, a rare feed that
/// also carries another feed's item and one item under two of its own entry keys. Every answer is
/// checked against a brute-force filter of all items.
/// </summary>
public sealed class ItemQueryTests : IClassFixture<ItemQueryTests.Store>
{
    private static readonly DateTime Start = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly Store _fixture;

    public ItemQueryTests(Store fixture) => _fixture = fixture;

    public sealed class Store : IDisposable
    {
        private static readonly string[] DenseRule = ["Dense"];
        private static readonly string[] Phrases = ["Durand Line", "Afghan–Pakistan frontier", "Karachi markets", "TTP’s statement", "floods in Swat"];

        private readonly TempDirectory _temp = new();

        public Store()
        {
            Items = LiteDbItemStore.Open(_temp.File("query.db"));
            var random = new Random(7);
            for (var poll = 0; poll < 60; poll++)
            {
                var feed = $"feed-{poll % 3}";
                // Half a day between polls, but every other poll is stamped earlier than the one before it.
                var now = Start.AddHours((poll * 12) - (poll % 2 == 1 ? 18 : 0));
                var items = Enumerable.Range(0, 80).Select(i => Item(feed, (poll * 80) + i, random)).ToList();
                Items.Ingest(new FeedState { Id = feed }, items, now);
            }

            var rare = Item("feed-rare", 99_999, random, "Rare");
            var rareState = new FeedState { Id = "feed-rare" };
            Items.Ingest(rareState, [rare], Start.AddDays(30));
            // Same links under other entry ids: another feed's item the rare feed carries second, and
            // its own item again after the publisher changed its guid.
            Items.Ingest(rareState, [Item("feed-rare", 100, random, entryId: "moved-100", link: "https://feed-1.example/100"), Item("feed-rare", 99_999, random, "Rare", entryId: "moved-99999")], Start.AddDays(30));
            // Unflagged items of the first four days go; flagged ones stay between the gaps.
            Items.Purge(olderThan: Start.AddDays(4), flaggedOlderThan: DateTime.MinValue, tombstonesOlderThan: DateTime.MinValue, now: Start.AddDays(31));
            All = Items.ItemsAfter(0, null, 100_000);
        }

        public LiteDbItemStore Items { get; }

        public IReadOnlyList<StoredItem> All { get; }

        public void Dispose()
        {
            Items.Dispose();
            _temp.Dispose();
        }

        private static IdentifiedItem Item(string feed, int n, Random random, string? extraRule = null, string? entryId = null, string? link = null)
        {
            var title = $"Story {n} about {Phrases[random.Next(Phrases.Length)]}";
            var summary = $"Body {n}: {Phrases[random.Next(Phrases.Length)]} and {Phrases[random.Next(Phrases.Length)]}.";
            var item = new NormalizedItem(entryId ?? $"g{n}", link ?? $"https://{feed}.example/{n}", title, summary, null, "", null, [], null, $"h{n}");
            string[] extraRules = extraRule is null ? [] : [extraRule];
            var rules = (n % 2 == 0 ? DenseRule : []).Concat(n % 97 == 0 ? ["Sparse"] : []).Concat(extraRules);
            return new IdentifiedItem(item, ItemIdentity.For(feed, item), rules.Select(r => new WatchMatch(r, r, "title", title, 0, 5)).ToList());
        }
    }

    public static TheoryData<string> Queries => new()
    {
        "all", "dense", "sparse", "rare-rule", "rare-feed", "feed", "flagged-since", "since-until", "oldest", "search-phrase",
        "search-words", "search-dash", "search-none", "dense-feed-search", "until-before-everything", "since-after-everything",
        "among-gaps", "until-among-gaps",
    };

    private static ItemQuery Named(string name) => name switch
    {
        "all" => new ItemQuery { Limit = 10_000 },
        "dense" => new ItemQuery { Rule = "Dense", Limit = 3_000 },
        "sparse" => new ItemQuery { Rule = "Sparse", Limit = 1_000 },
        "rare-rule" => new ItemQuery { Rule = "Rare" },
        "rare-feed" => new ItemQuery { FeedId = "feed-rare" },
        "feed" => new ItemQuery { FeedId = "feed-1", Limit = 700 },
        "flagged-since" => new ItemQuery { FlaggedOnly = true, Since = Start.AddDays(20), Limit = 5_000 },
        "since-until" => new ItemQuery { Since = Start.AddDays(5), Until = Start.AddDays(9), Limit = 5_000 },
        "oldest" => new ItemQuery { OldestFirst = true, Since = Start.AddDays(10), Limit = 900 },
        "search-phrase" => new ItemQuery { Search = "\"durand line\"", Limit = 5_000 },
        "search-words" => new ItemQuery { Search = "karachi swat", Limit = 5_000 },
        "search-dash" => new ItemQuery { Search = "Afghan-Pakistan", Limit = 5_000 },
        "search-none" => new ItemQuery { Search = "\"line durand\"", Limit = 5_000 },
        "dense-feed-search" => new ItemQuery { Rule = "Dense", FeedId = "feed-2", Search = "TTP", Limit = 5_000 },
        "until-before-everything" => new ItemQuery { Until = Start.AddDays(-5) },
        "since-after-everything" => new ItemQuery { Since = Start.AddYears(1) },
        "among-gaps" => new ItemQuery { Since = Start.AddDays(1.3), Until = Start.AddDays(3.2), Limit = 5_000 },
        "until-among-gaps" => new ItemQuery { Until = Start.AddDays(2.6), OldestFirst = true, Limit = 5_000 },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_GivesWhatFilteringEveryItemGives(string name)
    {
        var query = Named(name);

        var answer = _fixture.Items.Query(query).Select(item => item.Id).ToList();

        var expected = BruteForce(query).Take(query.Limit).Select(item => item.Id).ToList();
        Assert.Equal(expected, answer);
    }

    [Fact]
    public void Query_SearchAndRareFilters_FindSomething()
    {
        // Guards the comparison above against a fixture where every answer is empty.
        Assert.NotEmpty(_fixture.Items.Query(Named("search-phrase")));
        Assert.Empty(_fixture.Items.Query(Named("search-none")));
        Assert.Single(_fixture.Items.Query(Named("rare-rule")));
        Assert.Equal(2, _fixture.Items.Query(Named("rare-feed")).Count);
        Assert.NotEmpty(_fixture.Items.Query(Named("among-gaps")));
        Assert.True(_fixture.All.Count < 60 * 80, "retention left gaps in the ids");
        Assert.True(_fixture.Items.Query(Named("dense")).Count > 2_000);
    }

    private IEnumerable<StoredItem> BruteForce(ItemQuery query)
    {
        var search = query.Search is { } text ? SearchText.Parse(text) : null;
        var matching = _fixture.All.Where(item =>
            (!query.FlaggedOnly || item.Flagged)
            && (query.Rule is null || item.Matches.Any(m => m.Rule == query.Rule))
            && (query.FeedId is null || item.Sources.Contains(query.FeedId))
            && (query.Since is null || item.FirstSeen >= query.Since)
            && (query.Until is null || item.FirstSeen < query.Until)
            // The search's own semantics are SearchTextTests'; here it only has to agree across access paths.
            && (search is null || search.Matches(item.Title, item.Summary, item.Content)));
        return query.OldestFirst ? matching.OrderBy(item => item.Id) : matching.OrderByDescending(item => item.Id);
    }
}

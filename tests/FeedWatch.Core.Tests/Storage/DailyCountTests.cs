using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Storage;

public sealed class DailyCountTests : IDisposable
{
    private static readonly DateTime Monday = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();
    private readonly LiteDbItemStore _store;

    public DailyCountTests() => _store = LiteDbItemStore.Open(_temp.File("daily.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static IdentifiedItem Item(string feedId, string link, params string[] rules)
    {
        var item = new NormalizedItem(link, link, "Title " + link, "", null, "", null, [], null, "hash-" + link);
        var matches = rules.Select(rule => new WatchMatch(rule, rule, "title", "Title", 0, 5)).ToList();
        return new IdentifiedItem(item, ItemIdentity.For(feedId, item), matches);
    }

    private Dictionary<string, int> Counts(DateTime from, DateTime to) =>
        _store.GetDailyCounts(from, to).ToDictionary(c => $"{c.Day:MM-dd} {c.Kind} {c.Key}", c => c.Count);

    private void Fill()
    {
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "https://x/1", "TTP"), Item("a", "https://x/2"), Item("a", "https://x/3", "TTP", "Frontier")], Monday);
        _store.Ingest(new FeedState { Id = "b" }, [Item("b", "https://x/3", "TTP", "Frontier"), Item("b", "https://x/4", "Frontier")], Monday.AddDays(1));
    }

    [Fact]
    public void Ingest_CountsItemsPerDayPerFeedAndPerRule()
    {
        Fill();

        var counts = Counts(Monday, Monday.AddDays(1));

        Assert.Equal(new Dictionary<string, int>
        {
            ["11-23 feed a"] = 3, ["11-23 rule TTP"] = 2, ["11-23 rule Frontier"] = 1,
            // The story feed a brought on Monday counts for b on Monday too (its first-seen day), the new one on Tuesday.
            ["11-23 feed b"] = 1, ["11-24 feed b"] = 1, ["11-24 rule Frontier"] = 1,
        }, counts);
    }

    [Fact]
    public void GetDailyCounts_DateRange_IsInclusiveAndExcludesOtherDays()
    {
        Fill();

        Assert.Equal(["11-24 feed b", "11-24 rule Frontier"], Counts(Monday.AddDays(1), Monday.AddDays(30)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceMatches_MovesRuleCounts()
    {
        Fill();
        var first = _store.Query(new ItemQuery()).Single(i => i.Link == "https://x/1");

        _store.ReplaceMatches(new Dictionary<int, List<StoredMatch>> { [first.Id] = [new StoredMatch { Rule = "Frontier", Term = "x" }] });

        var counts = Counts(Monday, Monday);
        Assert.Equal((1, 2), (counts["11-23 rule TTP"], counts["11-23 rule Frontier"]));
    }

    [Fact]
    public void RebuildDailyCounts_GivesWhatIncrementalCountingGave()
    {
        Fill();
        var incremental = Counts(Monday, Monday.AddDays(1));

        _store.RebuildDailyCounts();

        Assert.Equal(incremental, Counts(Monday, Monday.AddDays(1)));
    }

    [Theory]
    [InlineData(-2, 2)] // from before Monday's poll: both of Monday's TTP items
    [InlineData(4, 0)] // from Monday noon: Monday's items are older, Tuesday has no TTP
    [InlineData(-48, 2)] // whole days before: counted from the counters
    public void CountFlagged_CountsFromATimeOfDay(int hoursFromMondayPoll, int expected)
    {
        Fill();

        Assert.Equal(expected, _store.CountFlagged("TTP", Monday.AddHours(hoursFromMondayPoll)));
    }

    [Fact]
    public void CountFlagged_PartialFirstDayPlusWholeDays()
    {
        Fill();

        Assert.Equal(2, _store.CountFlagged("Frontier", Monday.AddHours(-1)));
        Assert.Equal(1, _store.CountFlagged("Frontier", Monday.AddHours(1)));
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Storage;

public sealed class RetentionTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();
    private readonly LiteDbItemStore _store;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Start.AddDays(100)));

    public RetentionTests() => _store = LiteDbItemStore.Open(_temp.File("retention.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static IdentifiedItem Item(string feed, int n, bool flagged = false)
    {
        var item = new NormalizedItem($"g{n}", $"https://{feed}.example/{n}", $"Story {n}", "", null, "", null, [], null, $"h{n}");
        IReadOnlyList<WatchMatch> matches = flagged ? [new WatchMatch("TTP", "TTP", "title", "TTP", 0, 3)] : [];
        return new IdentifiedItem(item, ItemIdentity.For(feed, item), matches);
    }

    /// <summary>Ten polls ten days apart, 10 items each, every fifth item flagged.</summary>
    private void Fill()
    {
        for (var day = 0; day < 10; day++)
        {
            _store.Ingest(new FeedState { Id = "a" }, Enumerable.Range(day * 10, 10).Select(n => Item("a", n, flagged: n % 5 == 0)).ToList(), Start.AddDays(day * 10));
        }
    }

    private RetentionRun Retention => new(_store, _clock, new ListLogger<RetentionRun>());

    private List<int> StoredNumbers() =>
        [.. _store.Query(new ItemQuery { Limit = 1_000, OldestFirst = true }).Select(item => int.Parse(item.Title["Story ".Length..], System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void Run_MaxAge_PurgesOlderItemsOnly()
    {
        Fill();

        // Now is day 100: a 45-day limit keeps the polls of days 60, 70, 80 and 90.
        var result = Retention.Run(new RetentionOptions { MaxAge = TimeSpan.FromDays(45) })!;

        Assert.Equal(60, result.Purged);
        Assert.Equal(Enumerable.Range(60, 40), StoredNumbers());
        Assert.True(result.Compacted);
    }

    [Fact]
    public void Run_LongerFlaggedAge_KeepsOlderFlaggedItems()
    {
        Fill();

        var result = Retention.Run(new RetentionOptions { MaxAge = TimeSpan.FromDays(45), FlaggedMaxAge = TimeSpan.FromDays(75) })!;

        // Flagged items of days 30, 40 and 50 (n = 30, 35, 40, 45, 50, 55) stay.
        Assert.Equal([30, 35, 40, 45, 50, 55, .. Enumerable.Range(60, 40)], StoredNumbers());
        Assert.Equal(6, result.KeptFlagged);
    }

    [Fact]
    public void Run_WithoutMaxAge_DeletesNothing()
    {
        Fill();

        Assert.Null(Retention.Run(new RetentionOptions()));
        Assert.Equal(100, StoredNumbers().Count);
    }

    [Fact]
    public void Ingest_PurgedItemStillInTheFeed_IsNotNewAgain()
    {
        Fill();
        Retention.Run(new RetentionOptions { MaxAge = TimeSpan.FromDays(45) });

        // The feed still carries stories 0-9 (purged) beside a new one.
        var result = _store.Ingest(new FeedState { Id = "a" }, [.. Enumerable.Range(0, 10).Select(n => Item("a", n)), Item("a", 500)], Start.AddDays(100));

        Assert.Equal((1, 10), (result.New, result.Unchanged));
        Assert.DoesNotContain(3, StoredNumbers());
    }

    [Fact]
    public void Ingest_PurgedLinkFromAnotherFeed_IsNotNewAgain()
    {
        Fill();
        Retention.Run(new RetentionOptions { MaxAge = TimeSpan.FromDays(45) });

        // Feed b links to the same story a carried (same dedup key, another entry key).
        var item = new NormalizedItem("other-guid", "https://a.example/3", "Story 3", "", null, "", null, [], null, "h3");

        Assert.Equal(0, _store.Ingest(new FeedState { Id = "b" }, [new IdentifiedItem(item, ItemIdentity.For("b", item), [])], Start.AddDays(100)).New);
    }

    [Fact]
    public void Run_TombstonesOlderThanTheirAge_AreDropped_AndTheStoryCanComeBack()
    {
        Fill();
        Retention.Run(new RetentionOptions { MaxAge = TimeSpan.FromDays(45) });
        _clock.Advance(TimeSpan.FromDays(120));

        var result = Retention.Run(new RetentionOptions { MaxAge = TimeSpan.FromDays(1_000), TombstoneMaxAge = TimeSpan.FromDays(90) })!;

        Assert.Equal(60, result.TombstonesPurged);
        Assert.Equal(1, _store.Ingest(new FeedState { Id = "a" }, [Item("a", 3)], Start.AddDays(220)).New);
    }

    [Fact]
    public void Validator_FlaggedAgeShorterThanMaxAge_IsAnError()
    {
        var options = new FeedWatchOptions { Retention = new RetentionOptions { MaxAge = TimeSpan.FromDays(30), FlaggedMaxAge = TimeSpan.FromDays(7) } };

        var errors = FeedWatchOptionsValidator.Validate(options, _temp.Path);

        Assert.Contains(errors, e => e.StartsWith("Retention:FlaggedMaxAge", StringComparison.Ordinal));
    }
}

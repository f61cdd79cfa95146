using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Polling;

/// <summary>A feed gone quiet is marked stale and logged once; a feed's own ttl can slow polling down, never speed it up.</summary>
public sealed class StalenessAndTtlTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly FeedWatchOptions _options;
    private LoopbackFeedServer _server = null!;
    private PipelineFactory? _pipeline;

    public StalenessAndTtlTests()
    {
        _options = TestOptions.Create(_temp.File("quiet.db"));
        _options.Polling.DefaultInterval = Interval;
        _options.Polling.StaleAfter = TimeSpan.FromDays(1);
    }

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline?.Dispose();
        _temp.Dispose();
    }

    /// <summary>Built on first use, so that a test can set options first.</summary>
    private PipelineFactory Pipeline => _pipeline ??= new PipelineFactory(_options, _clock);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private FeedDefinition Desk(TimeSpan? staleAfter = null) => new() { Id = "desk", Url = _server.Url("/desk").AbsoluteUri, StaleAfter = staleAfter };

    private FeedState State => Pipeline.Store.GetFeed("desk")!;

    private Task<PollOutcome> Poll(FeedDefinition feed) => Pipeline.Poller.PollAsync(feed, CancellationToken.None);

    private int StaleWarnings => Pipeline.PollerLog.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("stale", StringComparison.OrdinalIgnoreCase));

    private static string Story(string id) => RssBuilder.Feed("Frontier desk", new TestEntry($"Story {id}", $"https://news.example/{id}", id));

    /// <summary>Written by hand so the channel carries exactly the refresh hint under test.</summary>
    private static string RssWithHint(string hint) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
          <channel>
            <title>Frontier desk</title>
            <link>https://news.example/</link>
            <description>Weekly round-up</description>
            {hint}
            <item>
              <title>Jirga meets in Swat</title>
              <link>https://news.example/jirga</link>
              <guid isPermaLink="false">j1</guid>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public async Task PollAsync_304LongerThanStaleAfterSinceLastNewItem_MarksStale()
    {
        _server.ServeDocument("/desk", Story("s1"));
        var desk = Desk();
        await Poll(desk);
        _clock.Advance(TimeSpan.FromHours(23));
        await Poll(desk);
        Assert.False(State.Stale);
        _clock.Advance(TimeSpan.FromHours(2));

        var outcome = await Poll(desk);

        Assert.Equal(PollStatus.NotModified, outcome.Status);
        Assert.True(State.Stale);
        Assert.Equal(Start.UtcDateTime, State.LastNewItemAt);
        Assert.Equal(1, StaleWarnings);
    }

    [Fact]
    public async Task PollAsync_UnchangedContentLongerThanFeedStaleAfter_MarksStale()
    {
        // No validators, so every poll fetches and parses the same items again.
        var body = Story("s1");
        _server.Handle("/desk", context =>
        {
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(body);
        });
        _options.Polling.StaleAfter = TimeSpan.FromDays(7);
        var desk = Desk(staleAfter: TimeSpan.FromHours(2));
        await Poll(desk);
        _clock.Advance(TimeSpan.FromHours(1));
        await Poll(desk);
        Assert.False(State.Stale);
        _clock.Advance(TimeSpan.FromHours(2));

        var outcome = await Poll(desk);

        Assert.Equal((PollStatus.Stored, 0), (outcome.Status, outcome.New));
        Assert.True(State.Stale);
        Assert.Equal(1, StaleWarnings);
    }

    [Fact]
    public async Task PollAsync_FeedStaleAfterLongerThanPollingStaleAfter_KeepsFeedFresh()
    {
        _server.ServeDocument("/desk", Story("s1"));
        _options.Polling.StaleAfter = TimeSpan.FromHours(1);
        var desk = Desk(staleAfter: TimeSpan.FromDays(3));
        await Poll(desk);
        _clock.Advance(TimeSpan.FromDays(2));

        await Poll(desk);

        Assert.False(State.Stale);
        Assert.Equal(0, StaleWarnings);
    }

    [Fact]
    public async Task PollAsync_FeedThatNeverHadItems_IsStaleAfterStaleAfterSinceFirstPoll()
    {
        _server.ServeDocument("/desk", RssBuilder.Feed("Empty desk"));
        var desk = Desk();
        await Poll(desk);
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(15));

        await Poll(desk);

        Assert.Null(State.LastNewItemAt);
        Assert.True(State.Stale);
    }

    [Fact]
    public async Task PollAsync_StaleFeedPolledAgain_WarnsOnlyOnce()
    {
        _server.ServeDocument("/desk", Story("s1"));
        var desk = Desk();
        await Poll(desk);

        for (var poll = 0; poll < 4; poll++)
        {
            _clock.Advance(TimeSpan.FromHours(13));
            await Poll(desk);
        }

        Assert.True(State.Stale);
        var warning = Assert.Single(Pipeline.PollerLog.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("stale", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("desk", warning.Message, StringComparison.Ordinal);
        Assert.Contains(desk.Url, warning.Message, StringComparison.Ordinal);
        Assert.Equal(5, _server.CountRequests("/desk"));
    }

    [Fact]
    public async Task PollAsync_NewItemOnStaleFeed_ClearsStale()
    {
        _server.ServeDocument("/desk", Story("s1"));
        var desk = Desk();
        await Poll(desk);
        _clock.Advance(TimeSpan.FromDays(2));
        await Poll(desk);
        Assert.True(State.Stale);
        _server.ServeDocument("/desk", Story("s2"));
        _clock.Advance(TimeSpan.FromHours(1));

        var outcome = await Poll(desk);

        Assert.Equal((PollStatus.Stored, 1), (outcome.Status, outcome.New));
        Assert.False(State.Stale);
        Assert.Equal(Now, State.LastNewItemAt);
        Assert.Contains(Pipeline.PollerLog.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("no longer stale", StringComparison.Ordinal));
        Assert.Equal(1, StaleWarnings);
    }

    [Fact]
    public async Task PollAsync_NewEntryAlreadyStoredFromAnotherFeed_KeepsFeedFresh()
    {
        // The wire is polled first each time, so the desk's entries are stored as the wire's items first.
        var wire = new FeedDefinition { Id = "wire", Url = _server.Url("/wire").AbsoluteUri };
        var desk = Desk();
        var first = new TestEntry("Jirga meets in Swat", "https://news.example/jirga", "j1");
        var second = new TestEntry("Durand Line crossing reopens", "https://news.example/durand", "d1");
        _server.ServeDocument("/wire", RssBuilder.Feed("Wire", first));
        _server.ServeDocument("/desk", RssBuilder.Feed("Desk", first));
        await Poll(wire);
        await Poll(desk);
        _clock.Advance(TimeSpan.FromHours(20));
        _server.ServeDocument("/wire", RssBuilder.Feed("Wire", second, first));
        _server.ServeDocument("/desk", RssBuilder.Feed("Desk", second, first));
        await Poll(wire);
        await Poll(desk);
        Assert.Equal(2, State.ItemCount);
        _clock.Advance(TimeSpan.FromHours(6));

        await Poll(desk);

        // The desk's own newest entry is 6 h old, well inside the 1-day StaleAfter.
        Assert.False(State.Stale);
        Assert.Equal(0, StaleWarnings);
    }

    [Fact]
    public async Task PollAsync_RespectFeedTtlAndTtlLongerThanInterval_NextPollAtTheTtl()
    {
        _options.Polling.RespectFeedTtl = true;
        _server.ServeDocument("/desk", RssWithHint("<ttl>120</ttl>"));

        await Poll(Desk());

        Assert.Equal(TimeSpan.FromHours(2), State.FeedTtl);
        Assert.Equal(Start.UtcDateTime.AddHours(2), State.NextPollAt);
        Assert.Equal("ttl", State.NextPollReason);
    }

    [Fact]
    public async Task PollAsync_RespectFeedTtlOff_NextPollAtTheInterval()
    {
        _server.ServeDocument("/desk", RssWithHint("<ttl>120</ttl>"));

        await Poll(Desk());

        Assert.False(_options.Polling.RespectFeedTtl);
        Assert.Equal(Start.UtcDateTime + Interval, State.NextPollAt);
        Assert.Equal("interval", State.NextPollReason);
    }

    [Fact]
    public async Task PollAsync_TtlShorterThanInterval_NeverSpeedsPollingUp()
    {
        _options.Polling.RespectFeedTtl = true;
        _server.ServeDocument("/desk", RssWithHint("<ttl>5</ttl>"));

        await Poll(Desk());

        Assert.Equal(TimeSpan.FromMinutes(5), State.FeedTtl);
        Assert.Equal(Start.UtcDateTime + Interval, State.NextPollAt);
        Assert.Equal("interval", State.NextPollReason);
    }

    [Fact]
    public async Task PollAsync_SyUpdatePeriodDailyTwice_NextPollInTwelveHours()
    {
        _options.Polling.RespectFeedTtl = true;
        _server.ServeDocument("/desk", RssWithHint("<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"));

        await Poll(Desk());

        Assert.Equal(Start.UtcDateTime.AddHours(12), State.NextPollAt);
        Assert.Equal("ttl", State.NextPollReason);
    }

    [Fact]
    public async Task PollAsync_304FromFeedWithLongTtl_KeepsTheTtlPace()
    {
        _options.Polling.RespectFeedTtl = true;
        _server.ServeDocument("/desk", RssWithHint("<ttl>120</ttl>"));
        var desk = Desk();
        await Poll(desk);
        _clock.Advance(TimeSpan.FromHours(2));

        var outcome = await Poll(desk);

        Assert.Equal(PollStatus.NotModified, outcome.Status);
        Assert.Equal(Now.AddHours(2), State.NextPollAt);
        Assert.Equal("ttl", State.NextPollReason);
    }

    [Fact]
    public async Task PollIfDueAsync_TriggerAtTheIntervalBeforeTheTtl_SkipsWithoutRequest()
    {
        // The daemon's trigger fires every interval; the ttl floor holds because the poll is not due.
        _options.Polling.RespectFeedTtl = true;
        _server.ServeDocument("/desk", RssWithHint("<ttl>120</ttl>"));
        var desk = Desk();
        await Poll(desk);
        _clock.Advance(Interval);

        var outcome = await Pipeline.Poller.PollIfDueAsync(desk, CancellationToken.None);

        Assert.Equal(PollStatus.Skipped, outcome.Status);
        Assert.Equal(1, _server.CountRequests("/desk"));
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Polling;

public sealed class FeedPollerTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private LoopbackFeedServer _server = null!;
    private PipelineFactory _pipeline = null!;
    private FeedDefinition _good = null!;
    private FeedDefinition _broken = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackFeedServer.StartAsync();
        _good = new FeedDefinition { Id = "good", Url = _server.Url("/good").AbsoluteUri, Interval = TimeSpan.FromMinutes(10) };
        _broken = new FeedDefinition { Id = "broken", Url = _server.Url("/broken").AbsoluteUri, Interval = TimeSpan.FromMinutes(10) };
        _pipeline = new PipelineFactory(TestOptions.Create(_temp.File("poll.db"), _good, _broken), _clock);
        _server.ServeDocument("/good", RssBuilder.Feed("Good",
            new TestEntry("TTP claims attack near Bannu", "https://news.example/ttp?utm_source=rss", "g1"),
            new TestEntry("Portal returned HTTP 500", "https://news.example/http", "g2"),
            new TestEntry("TTP claims attack near Bannu", "https://news.example/ttp", "g1")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline.Dispose();
        _temp.Dispose();
    }

    private Task<PollOutcome> Poll(FeedDefinition feed) => _pipeline.Poller.PollAsync(feed, CancellationToken.None);

    [Fact]
    public async Task PollAsync_NewFeed_StoresDistinctItemsAndFlagsOnlyTheTtpItem()
    {
        var outcome = await Poll(_good);

        Assert.Equal((PollStatus.Stored, 2), (outcome.Status, outcome.New));
        var items = _pipeline.Store.Query(new ItemQuery());
        var flagged = Assert.Single(items, item => item.Flagged);
        Assert.Equal("https://news.example/ttp", flagged.Link);
        Assert.Equal(["TTP"], flagged.Matches.Select(m => m.Rule).Distinct());
        var state = _pipeline.Store.GetFeed("good")!;
        Assert.Equal(Start.UtcDateTime.AddMinutes(10), state.NextPollAt);
        Assert.Equal("interval", state.NextPollReason);
        Assert.Equal(2, state.ItemCount);
    }

    [Fact]
    public async Task PollAsync_SecondPollAnswered304_WritesNoItems()
    {
        await Poll(_good);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var outcome = await Poll(_good);

        Assert.Equal(PollStatus.NotModified, outcome.Status);
        Assert.All(_pipeline.Store.Query(new ItemQuery()), item => Assert.Equal(Start.UtcDateTime, item.LastSeen));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, _pipeline.Store.GetFeed("good")!.LastPollAt);
    }

    [Fact]
    public async Task PollAsync_FeedChangedSinceLastPoll_StoresTheEditAndTheNewEntryOnly()
    {
        await Poll(_good);
        // Removed while its entry is still served unchanged, as expiry will do: it must not come back as new.
        using (var database = new LiteDB.LiteDatabase($"Filename={_temp.File("poll.db")};Connection=shared"))
        {
            Assert.Equal(1, database.GetCollection("items").DeleteMany("$.Link = 'https://news.example/ttp'"));
        }

        _server.ServeDocument("/good", RssBuilder.Feed("Good",
            new TestEntry("TTP claims attack near Bannu", "https://news.example/ttp?utm_source=rss", "g1"),
            new TestEntry("Portal returned HTTP 503", "https://news.example/http", "g2"),
            new TestEntry("TTP claims attack near Bannu", "https://news.example/ttp", "g1"),
            new TestEntry("Tehrik-e-Taliban Pakistan statement", "https://news.example/new", "g3")));
        _clock.Advance(TimeSpan.FromMinutes(10));

        var outcome = await Poll(_good);

        Assert.Equal((PollStatus.Stored, 1, 1), (outcome.Status, outcome.New, outcome.Updated));
        var items = _pipeline.Store.Query(new ItemQuery());
        Assert.Equal(["Tehrik-e-Taliban Pakistan statement", "Portal returned HTTP 503"], items.Select(i => i.Title));
        Assert.Equal(4, _pipeline.Store.GetFeed("good")!.EntryFingerprints.Count);
    }

    [Fact]
    public async Task PollAsync_ServerError_RecordsFailureAndBacksOff()
    {
        _server.ServeStatus("/broken", 500);

        var first = await Poll(_broken);
        _clock.Advance(TimeSpan.FromMinutes(11));
        await Poll(_broken);

        Assert.Equal(PollStatus.Failed, first.Status);
        var state = _pipeline.Store.GetFeed("broken")!;
        Assert.Equal(2, state.ConsecutiveFailures);
        Assert.Equal("HttpStatus", state.LastErrorKind);
        Assert.Contains("500", state.LastError, StringComparison.Ordinal);
        Assert.Equal("back-off after 2 failures", state.NextPollReason);
        var wait = state.NextPollAt!.Value - _clock.GetUtcNow().UtcDateTime;
        Assert.InRange(wait, TimeSpan.FromMinutes(18), TimeSpan.FromMinutes(22));
    }

    [Fact]
    public async Task PollAsync_RepeatedFailure_IsLoggedOnceWithFeedIdUrlAndReason()
    {
        _server.ServeStatus("/broken", 500);

        await Poll(_broken);
        _clock.Advance(TimeSpan.FromHours(1));
        await Poll(_broken);
        _clock.Advance(TimeSpan.FromHours(1));
        await Poll(_broken);

        var warning = Assert.Single(_pipeline.PollerLog.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("broken", warning.Message, StringComparison.Ordinal);
        Assert.Contains(_broken.Url, warning.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.CountRequests("/broken"));
    }

    [Fact]
    public async Task PollAsync_WhileBackingOff_SkipsWithoutRequest()
    {
        _server.ServeStatus("/broken", 503, retryAfter: "3600");
        await Poll(_broken);
        _clock.Advance(TimeSpan.FromMinutes(30));

        var outcome = await Poll(_broken);

        Assert.Equal(PollStatus.Skipped, outcome.Status);
        Assert.Equal(1, _server.CountRequests("/broken"));
        Assert.Equal("Retry-After", _pipeline.Store.GetFeed("broken")!.NextPollReason);
    }

    [Fact]
    public async Task PollIfDueAsync_PolledLessThanHalfAnIntervalAgo_SkipsWithoutRequest()
    {
        await Poll(_good);
        _clock.Advance(TimeSpan.FromMinutes(4));

        var outcome = await _pipeline.Poller.PollIfDueAsync(_good, CancellationToken.None);

        Assert.Equal(PollStatus.Skipped, outcome.Status);
        Assert.Equal(1, _server.CountRequests("/good"));
    }

    [Fact]
    public async Task PollIfDueAsync_TriggerSlightlyBeforeNextPollTime_Polls()
    {
        await Poll(_good);
        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(2));

        var outcome = await _pipeline.Poller.PollIfDueAsync(_good, CancellationToken.None);

        Assert.Equal(PollStatus.NotModified, outcome.Status);
        Assert.Equal(2, _server.CountRequests("/good"));
    }

    [Fact]
    public async Task PollAsync_HtmlPageInsteadOfFeed_RecordsParseFailure()
    {
        _server.ServeDocument("/broken", "<!DOCTYPE html><html><body>Moved</body></html>", "text/html");

        var outcome = await Poll(_broken);

        Assert.Equal(PollStatus.Failed, outcome.Status);
        var state = _pipeline.Store.GetFeed("broken")!;
        Assert.Equal("NotAFeed", state.LastErrorKind);
        Assert.Contains("HTML", state.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_DescriptionWithScript_StoresSanitizedHtmlAndPlainText()
    {
        _server.ServeDocument("/good", RssBuilder.Feed("Good", new TestEntry("Curfew lifted", "https://news.example/curfew", "c1",
            Description: "<p onclick=\"steal()\">Curfew <b>lifted</b> in Swat<script>steal()</script></p>")));

        await Poll(_good);

        var item = Assert.Single(_pipeline.Store.Query(new ItemQuery()));
        Assert.Equal("<p>Curfew <b>lifted</b> in Swat</p>", item.SummaryHtml);
        Assert.Equal("Curfew lifted in Swat", item.Summary);
    }

    [Fact]
    public async Task PollAsync_TruncatedFeed_StoresCompleteEntriesAndKeepsNoValidators()
    {
        var whole = RssBuilder.Feed("Good", new TestEntry("First", "https://news.example/1", "t1"), new TestEntry("Second", "https://news.example/2", "t2"));
        _server.ServeDocument("/good", whole[..(whole.IndexOf("Second", StringComparison.Ordinal) + 3)]);

        var outcome = await Poll(_good);

        Assert.Equal((PollStatus.Stored, 1), (outcome.Status, outcome.New));
        Assert.Equal("First", Assert.Single(_pipeline.Store.Query(new ItemQuery())).Title);
        // An ETag of a broken copy would turn the next poll into a 304 and keep the rest out.
        Assert.Null(_pipeline.Store.GetFeed("good")!.ETag);
        Assert.Contains(_pipeline.PollerLog.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("partly broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollAsync_BrokenFeedBesideGoodOne_GoodOneStillStored()
    {
        _server.Handle("/broken", async context =>
        {
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel><item><title>cut off");
        });

        var outcomes = await Task.WhenAll(Poll(_broken), Poll(_good));

        Assert.Equal([PollStatus.Failed, PollStatus.Stored], outcomes.Select(o => o.Status));
        Assert.Equal(2, _pipeline.Store.Query(new ItemQuery()).Count);
    }

    [Fact]
    public async Task PollAsync_RecoveryAfterFailure_ResetsCounterAndInterval()
    {
        _server.ServeStatus("/broken", 500);
        await Poll(_broken);
        _server.ServeDocument("/broken", RssBuilder.Feed("Back", new TestEntry("Back again", "https://news.example/back", "b1")));
        _clock.Advance(TimeSpan.FromHours(1));

        var outcome = await Poll(_broken);

        Assert.Equal(PollStatus.Stored, outcome.Status);
        var state = _pipeline.Store.GetFeed("broken")!;
        Assert.Equal(0, state.ConsecutiveFailures);
        Assert.Equal("interval", state.NextPollReason);
    }
}

using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Fetching;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Polling;

/// <summary>
/// One misbehaving server per test, polled through the real poller into a real store, always in the
/// same run as a healthy feed on the same loopback server: a bad publisher costs its own feed a
/// recorded failure and a later poll, never the other feeds their poll.
/// </summary>
public sealed class FaultModePollingTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private const long MaxBodyBytes = 256 * 1024;

    // Real HTTP timeouts need real time (TimeProvider.System): short to keep the test quick.
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(2);

    // The one wall-clock bound here, and deliberately loose: a loopback poll takes milliseconds. What
    // it rules out is the healthy feed waiting behind the bad one (a held gate slot, a shared timeout).
    private static readonly TimeSpan OnTime = TimeSpan.FromSeconds(2);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private TimeProvider _time;
    private TimeSpan _timeout = TimeSpan.FromSeconds(20);
    private LoopbackFeedServer _server = null!;
    private PipelineFactory? _pipeline;
    private FeedDefinition _healthy = null!;

    public FaultModePollingTests() => _time = _clock;

    public async Task InitializeAsync()
    {
        _server = await LoopbackFeedServer.StartAsync();
        _healthy = Feed("healthy", "/healthy");
        _server.ServeDocument("/healthy", RssBuilder.Feed("Healthy desk", new TestEntry("Jirga meets in Swat", "https://news.example/jirga", "h1")));
        _server.ServeDocument("/warm-up", RssBuilder.Feed("Warm-up desk", new TestEntry("Markets open in Karachi", "https://news.example/markets", "w1")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline?.Dispose();
        _temp.Dispose();
    }

    /// <summary>Built on first use, so that a timeout test can switch to real time first.</summary>
    private PipelineFactory Pipeline => _pipeline ??= CreatePipeline();

    private PipelineFactory CreatePipeline()
    {
        var options = TestOptions.Create(_temp.File("faults.db"));
        options.Polling.Timeout = _timeout;
        options.Polling.MaxBodyBytes = MaxBodyBytes;
        return new PipelineFactory(options, _time);
    }

    private void UseRealTimeWithShortTimeout()
    {
        Assert.Null(_pipeline);
        _time = TimeProvider.System;
        _timeout = ShortTimeout;
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private FeedDefinition Feed(string id, string path) => Feed(id, _server.Url(path));

    private static FeedDefinition Feed(string id, Uri url) => new() { Id = id, Url = url.AbsoluteUri, Interval = Interval };

    private FeedState StateOf(FeedDefinition feed) => Pipeline.Store.GetFeed(feed.Id)!;

    private Task<PollOutcome> Poll(FeedDefinition feed) => Pipeline.Poller.PollAsync(feed, CancellationToken.None);

    /// <summary>Starts the bad feed's poll, then the healthy one's, and waits for both.</summary>
    private async Task<Run> PollBesideHealthy(FeedDefinition bad)
    {
        var pipeline = Pipeline;
        // The first poll of a process compiles the whole pipeline (over 2 s in Debug on a busy CI
        // machine); the timed run below is about waiting, not compiling.
        await pipeline.Poller.PollAsync(Feed("warm-up", "/warm-up"), CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();
        var badPoll = pipeline.Poller.PollAsync(bad, CancellationToken.None);
        var healthyPoll = PollHealthy(pipeline, badPoll, stopwatch);
        await Task.WhenAll(badPoll, healthyPoll);
        var (healthy, healthyDone, badDoneFirst) = await healthyPoll;
        return new Run(await badPoll, healthy, healthyDone, badDoneFirst);
    }

    private async Task<(PollOutcome Outcome, TimeSpan Done, bool BadDoneFirst)> PollHealthy(PipelineFactory pipeline, Task badPoll, Stopwatch stopwatch)
    {
        var outcome = await pipeline.Poller.PollAsync(_healthy, CancellationToken.None);
        return (outcome, stopwatch.Elapsed, badPoll.IsCompleted);
    }

    private void AssertHealthyPolledOnTime(Run run)
    {
        Assert.Equal((PollStatus.Stored, 1), (run.Healthy.Status, run.Healthy.New));
        Assert.Equal("Jirga meets in Swat", Assert.Single(Pipeline.Store.Query(new ItemQuery { FeedId = "healthy" })).Title);
        var state = StateOf(_healthy);
        Assert.Equal((0, "interval"), (state.ConsecutiveFailures, state.NextPollReason));
        Assert.True(run.HealthyDone < OnTime, $"The healthy feed's poll finished {run.HealthyDone.TotalMilliseconds:0} ms after the run started.");
    }

    /// <summary>For a server that hangs: the healthy feed was done while the bad poll still waited.</summary>
    private void AssertHealthyDoneBeforeTheHangEnded(Run run)
    {
        AssertHealthyPolledOnTime(run);
        Assert.False(run.BadDoneFirst, "The bad feed's poll ended before the healthy one's: the healthy feed waited for it.");
    }

    private void AssertFirstFailure(FeedDefinition feed, PollOutcome outcome, string kind)
    {
        Assert.Equal(PollStatus.Failed, outcome.Status);
        var state = StateOf(feed);
        Assert.Equal((kind, 1), (state.LastErrorKind, state.ConsecutiveFailures));
        Assert.Equal("back-off after 1 failure", state.NextPollReason);
        Assert.Equal(state.LastPollAt, state.LastErrorAt);
        // Measured from the poll's own start, so it holds under real time too.
        var wait = state.NextPollAt!.Value - state.LastPollAt!.Value;
        Assert.InRange(wait, Interval * 0.9, Interval * 1.1);
    }

    [Fact]
    public async Task PollAsync_SecondPollAnswered304_NotModifiedWithETagSentAndNextPollAtTheInterval()
    {
        var feed = Feed("steady", "/steady");
        _server.ServeDocument("/steady", RssBuilder.Feed("Steady", new TestEntry("Curfew lifted in Swat", "https://news.example/curfew", "s1")));
        await Poll(feed);
        var etag = StateOf(feed).ETag;
        _clock.Advance(Interval);

        var run = await PollBesideHealthy(feed);

        Assert.Equal((PollStatus.NotModified, 0, 0), (run.Bad.Status, run.Bad.New, run.Bad.Updated));
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, _server.Requests.Last(r => r.Path == "/steady").IfNoneMatch);
        var state = StateOf(feed);
        Assert.Equal(Now + Interval, state.NextPollAt);
        Assert.Equal("interval", state.NextPollReason);
        Assert.Equal(Now, state.LastSuccessAt);
        Assert.Equal(1, state.ItemCount);
        Assert.Equal(Start.UtcDateTime, Assert.Single(Pipeline.Store.Query(new ItemQuery { FeedId = "steady" })).LastSeen);
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_429WithRetryAfterSeconds_WaitsWhatTheServerAsked()
    {
        var feed = Feed("limited", "/limited");
        _server.ServeStatus("/limited", 429, retryAfter: "120");

        var run = await PollBesideHealthy(feed);

        Assert.Equal(PollStatus.Failed, run.Bad.Status);
        var state = StateOf(feed);
        Assert.Equal(("HttpStatus", 1), (state.LastErrorKind, state.ConsecutiveFailures));
        Assert.Contains("429", state.LastError, StringComparison.Ordinal);
        // Shorter than the interval, and still the server's word wins.
        Assert.Equal(Start.UtcDateTime.AddSeconds(120), state.NextPollAt);
        Assert.Equal("Retry-After", state.NextPollReason);
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_429WithRetryAfterHttpDate_WaitsUntilThatDate()
    {
        var feed = Feed("limited", "/limited");
        var until = Start.AddMinutes(30);
        _server.ServeStatus("/limited", 429, retryAfter: until.ToString("R"));

        var run = await PollBesideHealthy(feed);

        Assert.Equal(PollStatus.Failed, run.Bad.Status);
        var state = StateOf(feed);
        Assert.Equal("HttpStatus", state.LastErrorKind);
        Assert.Contains("429", state.LastError, StringComparison.Ordinal);
        Assert.Equal(until.UtcDateTime, state.NextPollAt);
        Assert.Equal("Retry-After", state.NextPollReason);
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_503WithRetryAfter_WaitsWhatTheServerAsked()
    {
        var feed = Feed("maintenance", "/maintenance");
        _server.ServeStatus("/maintenance", 503, retryAfter: "3600");

        var run = await PollBesideHealthy(feed);

        Assert.Equal(PollStatus.Failed, run.Bad.Status);
        var state = StateOf(feed);
        Assert.Equal(("HttpStatus", 1), (state.LastErrorKind, state.ConsecutiveFailures));
        Assert.Contains("503", state.LastError, StringComparison.Ordinal);
        Assert.Equal(Start.UtcDateTime.AddHours(1), state.NextPollAt);
        Assert.Equal("Retry-After", state.NextPollReason);
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_500Twice_BackOffDoublesWithinJitter()
    {
        var feed = Feed("broken", "/broken");
        _server.ServeStatus("/broken", 500);
        await Poll(feed);
        var firstWait = StateOf(feed).NextPollAt!.Value - Now;
        // Past the first back-off even at +10 % jitter, or the second poll would be skipped.
        _clock.Advance(Interval * 1.2);

        var run = await PollBesideHealthy(feed);

        Assert.Equal(PollStatus.Failed, run.Bad.Status);
        var state = StateOf(feed);
        Assert.Equal(("HttpStatus", 2), (state.LastErrorKind, state.ConsecutiveFailures));
        Assert.InRange(firstWait, Interval * 0.9, Interval * 1.1);
        Assert.InRange(state.NextPollAt!.Value - Now, Interval * 2 * 0.9, Interval * 2 * 1.1);
        Assert.Equal("back-off after 2 failures", state.NextPollReason);
        Assert.Equal(2, _server.CountRequests("/broken"));
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_SuccessAfterFailures_ResetsCounterAndReason()
    {
        var feed = Feed("flaky", "/flaky");
        _server.ServeStatus("/flaky", 500);
        await Poll(feed);
        _clock.Advance(Interval * 1.2);
        await Poll(feed);
        Assert.Equal(2, StateOf(feed).ConsecutiveFailures);
        _server.ServeDocument("/flaky", RssBuilder.Feed("Flaky", new TestEntry("Back online", "https://news.example/back", "f1")));
        _clock.Advance(Interval * 2.5);

        var run = await PollBesideHealthy(feed);

        Assert.Equal((PollStatus.Stored, 1), (run.Bad.Status, run.Bad.New));
        var state = StateOf(feed);
        Assert.Equal(0, state.ConsecutiveFailures);
        Assert.Equal("interval", state.NextPollReason);
        Assert.Equal(Now + Interval, state.NextPollAt);
        Assert.Equal(Now, state.LastSuccessAt);
        Assert.Contains(Pipeline.PollerLog.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("flaky recovered after 2 failed polls", StringComparison.Ordinal));
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_BodyThatNeverEnds_TimesOutWhileOtherFeedIsPolled()
    {
        UseRealTimeWithShortTimeout();
        var feed = Feed("endless", "/endless");
        _server.Handle("/endless", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Endless</title>", context.RequestAborted);
            // A trickle, not a stall: bytes keep coming, far too slowly to reach the body cap.
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync("<!-- more -->", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromMilliseconds(100), context.RequestAborted);
            }
        });

        var run = await PollBesideHealthy(feed);

        AssertFirstFailure(feed, run.Bad, "Timeout");
        Assert.Contains("2 s", StateOf(feed).LastError, StringComparison.Ordinal);
        Assert.Equal(1, _server.CountRequests("/endless"));
        AssertHealthyDoneBeforeTheHangEnded(run);
    }

    [Fact]
    public async Task PollAsync_ServerAcceptsAndNeverAnswers_TimesOutWhileOtherFeedIsPolled()
    {
        UseRealTimeWithShortTimeout();
        using var silentServer = new TcpListener(IPAddress.Loopback, 0);
        silentServer.Start();
        var feed = Feed("silent", new Uri($"http://127.0.0.1:{((IPEndPoint)silentServer.LocalEndpoint).Port}/feed"));
        var accepted = silentServer.AcceptTcpClientAsync();

        var run = await PollBesideHealthy(feed);

        // The connection was made and then nothing came back: a timeout, not a refusal.
        using var connection = await accepted.WaitAsync(TimeSpan.FromSeconds(5));
        AssertFirstFailure(feed, run.Bad, "Timeout");
        AssertHealthyDoneBeforeTheHangEnded(run);
    }

    [Fact]
    public async Task PollAsync_GzipBomb_IsTooLarge()
    {
        var feed = Feed("bomb", "/bomb");
        var bomb = GzipOfZeros(16 * MaxBodyBytes);
        _server.Handle("/bomb", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync(bomb);
        });

        var run = await PollBesideHealthy(feed);

        Assert.True(bomb.Length < MaxBodyBytes, $"The bomb is {bomb.Length} bytes on the wire, under the cap.");
        AssertFirstFailure(feed, run.Bad, "TooLarge");
        Assert.Contains("MaxBodyBytes", StateOf(feed).LastError, StringComparison.Ordinal);
        Assert.Empty(Pipeline.Store.Query(new ItemQuery { FeedId = "bomb" }));
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_RedirectLoop_IsTooManyRedirectsAndNoMove()
    {
        var feed = Feed("loop", "/loop");
        _server.Handle("/loop", context =>
        {
            context.Response.Redirect("/loop", permanent: true);
            return Task.CompletedTask;
        });

        var run = await PollBesideHealthy(feed);

        AssertFirstFailure(feed, run.Bad, "TooManyRedirects");
        Assert.Equal(HttpFeedFetcher.MaxRedirects + 1, _server.CountRequests("/loop"));
        // Every hop was a 301, but a loop is no new address.
        Assert.Null(StateOf(feed).MovedTo);
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_HtmlPageInsteadOfFeed_IsNotAFeedFailureNamingHtml()
    {
        var feed = Feed("portal", "/portal");
        _server.ServeDocument("/portal",
            "<!DOCTYPE html><html><head><title>Site maintenance</title></head><body><p>Back soon</p></body></html>", "text/html; charset=utf-8");

        var run = await PollBesideHealthy(feed);

        AssertFirstFailure(feed, run.Bad, "NotAFeed");
        Assert.Contains("HTML", StateOf(feed).LastError, StringComparison.Ordinal);
        // Validators of a page that is not the feed would turn the next poll into a 304.
        Assert.Null(StateOf(feed).ETag);
        AssertHealthyPolledOnTime(run);
    }

    [Fact]
    public async Task PollAsync_ClosedPort_IsRefused()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        var feed = Feed("closed", new Uri($"http://127.0.0.1:{port}/feed"));

        var run = await PollBesideHealthy(feed);

        AssertFirstFailure(feed, run.Bad, "Refused");
        AssertHealthyPolledOnTime(run);
    }

    private static byte[] GzipOfZeros(long length)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[length]);
        }

        return compressed.ToArray();
    }

    private sealed record Run(PollOutcome Bad, PollOutcome Healthy, TimeSpan HealthyDone, bool BadDoneFirst);
}

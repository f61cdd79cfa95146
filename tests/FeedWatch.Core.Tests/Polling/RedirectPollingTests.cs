using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Polling;

/// <summary>Redirects through the poller and the store: a permanent move is remembered and polled directly, a detour is not.</summary>
public sealed class RedirectPollingTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private LoopbackFeedServer _server = null!;
    private PipelineFactory _pipeline = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackFeedServer.StartAsync();
        _pipeline = new PipelineFactory(TestOptions.Create(_temp.File("redirects.db")), _clock);
        _server.ServeDocument("/new", RssBuilder.Feed("Frontier desk", new TestEntry("Jirga meets in Swat", "https://news.example/jirga", "n1")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline.Dispose();
        _temp.Dispose();
    }

    private FeedDefinition Desk(string path) => new() { Id = "desk", Url = Url(path), Interval = Interval };

    private string Url(string path) => _server.Url(path).AbsoluteUri;

    private FeedState State => _pipeline.Store.GetFeed("desk")!;

    private Task<PollOutcome> Poll(FeedDefinition feed) => _pipeline.Poller.PollAsync(feed, CancellationToken.None);

    private void Redirect(string from, string to, int statusCode) => _server.Handle(from, context =>
    {
        context.Response.StatusCode = statusCode;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    });

    [Theory]
    [InlineData(StatusCodes.Status301MovedPermanently)]
    [InlineData(StatusCodes.Status308PermanentRedirect)]
    public async Task PollAsync_PermanentRedirect_RecordsMovedToAndStoresTheFeed(int statusCode)
    {
        Redirect("/old", "/new", statusCode);

        var outcome = await Poll(Desk("/old"));

        Assert.Equal((PollStatus.Stored, 1), (outcome.Status, outcome.New));
        Assert.Equal(Url("/new"), State.MovedTo);
        // The config still says /old: that is what ops must update.
        Assert.Equal(Url("/old"), State.Url);
        Assert.Contains(_pipeline.PollerLog.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"moved permanently to {Url("/new")}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollAsync_AfterPermanentRedirect_RequestsTheNewUrlDirectly()
    {
        Redirect("/old", "/new", StatusCodes.Status301MovedPermanently);
        var desk = Desk("/old");
        await Poll(desk);
        _clock.Advance(Interval);

        var outcome = await Poll(desk);

        Assert.Equal(PollStatus.NotModified, outcome.Status);
        Assert.Equal(1, _server.CountRequests("/old"));
        Assert.Equal(2, _server.CountRequests("/new"));
        Assert.Equal(State.ETag, _server.Requests.Last().IfNoneMatch);
        Assert.Equal(Url("/new"), State.MovedTo);
    }

    [Fact]
    public async Task PollAsync_ConfiguredUrlChanged_ClearsMovedToAndPollsTheNewConfigUrl()
    {
        Redirect("/old", "/new", StatusCodes.Status301MovedPermanently);
        _server.ServeDocument("/elsewhere", RssBuilder.Feed("Elsewhere", new TestEntry("Durand Line crossing reopens", "https://news.example/durand", "e1")));
        await Poll(Desk("/old"));
        Assert.Equal(Url("/new"), State.MovedTo);
        _clock.Advance(Interval);

        var outcome = await Poll(Desk("/elsewhere"));

        Assert.Equal((PollStatus.Stored, 1), (outcome.Status, outcome.New));
        Assert.Null(State.MovedTo);
        Assert.Equal(Url("/elsewhere"), State.Url);
        Assert.Equal(1, _server.CountRequests("/elsewhere"));
        Assert.Equal(1, _server.CountRequests("/new"));
    }

    [Fact]
    public async Task PollAsync_ConfiguredUrlChanged_DoesNotSendTheOldAddressValidators()
    {
        _server.ServeDocument("/old", RssBuilder.Feed("Old desk", new TestEntry("Jirga meets in Swat", "https://news.example/jirga", "o1")));
        await Poll(Desk("/old"));
        // Another document, last changed before the old one, behind a server that honours
        // If-Modified-Since the way static file servers do.
        var lastModified = new DateTimeOffset(2026, 11, 18, 8, 0, 0, TimeSpan.Zero);
        _server.Handle("/elsewhere", async context =>
        {
            if (context.Request.GetTypedHeaders().IfModifiedSince >= lastModified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = "application/rss+xml";
            context.Response.GetTypedHeaders().LastModified = lastModified;
            await context.Response.WriteAsync(RssBuilder.Feed("Elsewhere", new TestEntry("Durand Line crossing reopens", "https://news.example/durand", "e1")));
        });
        _clock.Advance(Interval);

        var outcome = await Poll(Desk("/elsewhere"));

        Assert.Equal((PollStatus.Stored, 1), (outcome.Status, outcome.New));
        var request = _server.Requests.Last();
        Assert.Equal(("", ""), (request.IfNoneMatch, request.IfModifiedSince));
    }

    [Fact]
    public async Task PollAsync_TwoPermanentRedirects_RecordsTheFinalAddress()
    {
        Redirect("/old", "/middle", StatusCodes.Status301MovedPermanently);
        Redirect("/middle", "/new", StatusCodes.Status308PermanentRedirect);

        await Poll(Desk("/old"));

        Assert.Equal(Url("/new"), State.MovedTo);
    }

    [Theory]
    [InlineData(StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status303SeeOther)]
    [InlineData(StatusCodes.Status307TemporaryRedirect)]
    public async Task PollAsync_TemporaryRedirect_DoesNotSetMovedToAndKeepsAskingTheOldUrl(int statusCode)
    {
        Redirect("/old", "/new", statusCode);
        var desk = Desk("/old");
        var first = await Poll(desk);
        _clock.Advance(Interval);

        await Poll(desk);

        Assert.Equal((PollStatus.Stored, 1), (first.Status, first.New));
        Assert.Null(State.MovedTo);
        Assert.Equal(2, _server.CountRequests("/old"));
        Assert.DoesNotContain(_pipeline.PollerLog.Entries, e => e.Message.Contains("moved permanently", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollAsync_PermanentThenTemporaryRedirect_RecordsThePermanentTarget()
    {
        Redirect("/old", "/middle", StatusCodes.Status301MovedPermanently);
        Redirect("/middle", "/new", StatusCodes.Status302Found);
        var desk = Desk("/old");
        await Poll(desk);
        _clock.Advance(Interval);

        await Poll(desk);

        Assert.Equal(Url("/middle"), State.MovedTo);
        Assert.Equal(1, _server.CountRequests("/old"));
        Assert.Equal(2, _server.CountRequests("/middle"));
    }

    [Fact]
    public async Task PollAsync_TemporaryThenPermanentRedirect_DoesNotSetMovedTo()
    {
        Redirect("/old", "/middle", StatusCodes.Status302Found);
        Redirect("/middle", "/new", StatusCodes.Status301MovedPermanently);

        var outcome = await Poll(Desk("/old"));

        Assert.Equal(PollStatus.Stored, outcome.Status);
        Assert.Null(State.MovedTo);
    }

    [Fact]
    public async Task PollAsync_PermanentRedirectAnswered304_StillRecordsMovedTo()
    {
        // Polled at the old address first, so the validators are those of the document that then moves.
        _server.ServeDocument("/old", RssBuilder.Feed("Frontier desk", new TestEntry("Jirga meets in Swat", "https://news.example/jirga", "n1")));
        var desk = Desk("/old");
        await Poll(desk);
        Redirect("/old", "/new", StatusCodes.Status301MovedPermanently);
        _clock.Advance(Interval);

        var outcome = await Poll(desk);

        Assert.Equal(PollStatus.NotModified, outcome.Status);
        Assert.Equal(Url("/new"), State.MovedTo);
    }
}

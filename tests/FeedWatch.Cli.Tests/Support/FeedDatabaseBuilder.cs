using System.Net;
using System.Net.Sockets;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>
/// Fills a LiteDB file the way the daemon does: each feed is served by a real loopback HTTP server
/// and polled by the real <see cref="FeedPoller"/> at a fake instant. Polls must be made in
/// chronological order (the fake clock only moves forward). Dispose closes the database.
/// </summary>
internal sealed class FeedDatabaseBuilder : IAsyncDisposable
{
    private readonly LoopbackFeedServer _server;
    private readonly FakeTimeProvider _clock;
    private readonly PipelineFactory _pipeline;

    private FeedDatabaseBuilder(LoopbackFeedServer server, FakeTimeProvider clock, PipelineFactory pipeline)
    {
        _server = server;
        _clock = clock;
        _pipeline = pipeline;
    }

    public static async Task<FeedDatabaseBuilder> StartAsync(string databasePath)
    {
        var server = await LoopbackFeedServer.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        return new FeedDatabaseBuilder(server, clock, new PipelineFactory(TestOptions.Create(databasePath), clock));
    }

    /// <summary>Serves an RSS feed titled <paramref name="feedId"/> with these entries and polls it; the poll must store.</summary>
    public Task PollAsync(string feedId, DateTimeOffset at, params TestEntry[] entries) =>
        PollXmlAsync(feedId, at, RssBuilder.Feed(feedId, entries));

    public async Task PollXmlAsync(string feedId, DateTimeOffset at, string xml)
    {
        _server.ServeDocument(PathOf(feedId), xml);
        Expect(PollStatus.Stored, await PollUrlAsync(feedId, _server.Url(PathOf(feedId)), at));
    }

    /// <summary>Polls a feed whose server answers 500; the poll must be recorded as failed.</summary>
    public async Task PollServerErrorAsync(string feedId, DateTimeOffset at)
    {
        _server.Handle(PathOf(feedId), context =>
        {
            context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
            return Task.CompletedTask;
        });
        Expect(PollStatus.Failed, await PollUrlAsync(feedId, _server.Url(PathOf(feedId)), at));
    }

    /// <summary>Polls a feed on a 127.0.0.1 port nobody listens on; the poll must be recorded as failed.</summary>
    public async Task PollClosedPortAsync(string feedId, DateTimeOffset at) =>
        Expect(PollStatus.Failed, await PollUrlAsync(feedId, ClosedPortUrl(), at));

    /// <summary>
    /// Stores an item without the fetch and parse stages, matched by the sample rules. For text the
    /// pipeline would never produce (its normalizer drops control characters), to test what the
    /// CLI does when such text is in the database anyway.
    /// </summary>
    public void StoreDirectly(string feedId, DateTimeOffset at, NormalizedItem item)
    {
        var matches = new WatchMatcher(TestOptions.SampleRules()).Match(MatchField.Of(item));
        var state = _pipeline.Store.GetFeed(feedId) ?? new FeedState { Id = feedId, Url = $"https://{feedId}.example/feed" };
        _pipeline.Store.Ingest(state, [new IdentifiedItem(item, ItemIdentity.For(feedId, item), matches)], at.UtcDateTime);
    }

    public async ValueTask DisposeAsync()
    {
        _pipeline.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<PollOutcome> PollUrlAsync(string feedId, Uri url, DateTimeOffset at)
    {
        _clock.SetUtcNow(at);
        return await _pipeline.Poller.PollAsync(new FeedDefinition { Id = feedId, Url = url.AbsoluteUri }, CancellationToken.None);
    }

    private static string PathOf(string feedId) => "/" + feedId;

    private static void Expect(PollStatus expected, PollOutcome outcome)
    {
        if (outcome.Status != expected)
        {
            throw new InvalidOperationException($"Setup poll of '{outcome.FeedId}' was {outcome.Status} ({outcome.Error}), expected {expected}.");
        }
    }

    private static Uri ClosedPortUrl()
    {
        // Bind a free port and let it go: nothing listens there for the moment the poll needs.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/feed");
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Alerts;

/// <summary>Real polls of loopback feeds queue webhooks in the real store; the real dispatcher POSTs them to a loopback receiver.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime, IDisposable
{
    private const string BothRulesLink = "https://wire.example/ttp-durand";
    private const string TtpOnlyLink = "https://wire.example/ttp-statement";

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
    private LoopbackFeedServer _server = null!;
    private PipelineFactory? _pipeline;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline?.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task TwoFeedsCarryingTheSameFlaggedItems_PolledTwice_OnePostPerItemAndRule()
    {
        var receiver = new WebhookReceiver(_server, "/hook");
        var (a, b) = (Feed("a"), Feed("b"));
        var pipeline = Pipeline(receiver.Url, receiver.Url, a, b);
        ServeStories("a", "b", edition: "first");

        await Task.WhenAll(pipeline.Poller.PollAsync(a, CancellationToken.None), pipeline.Poller.PollAsync(b, CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(10));
        // Edited copies, so the second round is ingested as updates rather than answered 304.
        ServeStories("a", "b", edition: "second");
        var second = await Task.WhenAll(pipeline.Poller.PollAsync(a, CancellationToken.None), pipeline.Poller.PollAsync(b, CancellationToken.None));
        var attempted = await pipeline.Webhooks.DeliverDueAsync(CancellationToken.None);

        Assert.All(second, outcome => Assert.Equal(0, outcome.New));
        Assert.True(second.Sum(outcome => outcome.Updated) > 0, "the second round went through ingest");
        Assert.Equal(3, attempted);
        var posts = receiver.Received;
        Assert.All(posts, post => Assert.Equal(("POST", 200), (post.Method, post.AnsweredStatus)));
        Assert.All(posts, post => Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal));
        var items = pipeline.Store.Query(new ItemQuery()).ToDictionary(item => item.Link!);
        var expected = new[]
        {
            (Rule: "Afghan-Pakistan frontier", Link: BothRulesLink),
            (Rule: "TTP", Link: BothRulesLink),
            (Rule: "TTP", Link: TtpOnlyLink),
        };
        var got = posts.Select(post => (Rule: post.Json.GetProperty("rule").GetString()!, Link: post.Json.GetProperty("link").GetString()!))
            .Order().ToList();
        Assert.Equal(expected, got);
        foreach (var post in posts)
        {
            var item = items[post.Json.GetProperty("link").GetString()!];
            Assert.Equal(item.Id, post.Json.GetProperty("itemId").GetInt32());
            Assert.Equal(item.Title, post.Json.GetProperty("title").GetString());
            Assert.Equal(WebhookDelivery.KeyOf(item.Id, post.Json.GetProperty("rule").GetString()!), post.DeliveryId);
            Assert.Equal(post.DeliveryId, post.Json.GetProperty("deliveryId").GetString());
        }

        Assert.Empty(pipeline.Store.GetDueWebhooks(DateTime.MaxValue, 100));
        Assert.Equal(0, await pipeline.Webhooks.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(3, receiver.Received.Count);
        // The structured alert is one per new (item, rule) too, not one per carrying feed or poll.
        Assert.Equal(3, pipeline.PollerLog.Entries.Count(entry => entry.Message.StartsWith("Flagged for ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReceiverFailsFirst_DeliveryStaysQueuedWithBackOff_ThenDeliveredOnceWhenDue()
    {
        var receiver = new WebhookReceiver(_server, "/hook", 500);
        var feed = Feed("a");
        var pipeline = Pipeline(receiver.Url, null, feed);
        _server.ServeDocument("/a", RssBuilder.Feed("A", new TestEntry("TTP statement on talks", TtpOnlyLink, "a-1")));
        await pipeline.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(1, await pipeline.Webhooks.DeliverDueAsync(CancellationToken.None));

        var failedAt = _clock.GetUtcNow().UtcDateTime;
        var queued = Assert.Single(pipeline.Store.GetDueWebhooks(DateTime.MaxValue, 100));
        Assert.Equal(1, queued.Attempts);
        Assert.Contains("HTTP 500", queued.LastError, StringComparison.Ordinal);
        // The first retry is 30 s, spread by ±20 %.
        Assert.InRange(queued.NextAttemptAt, failedAt.AddSeconds(24), failedAt.AddSeconds(36));
        Assert.Equal(0, await pipeline.Webhooks.DeliverDueAsync(CancellationToken.None));
        Assert.Single(receiver.Received);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await pipeline.Webhooks.DeliverDueAsync(CancellationToken.None));

        Assert.Equal([500, 200], receiver.Received.Select(post => post.AnsweredStatus));
        // A retry is the same delivery, so a receiver can tell it from a new alert.
        Assert.Single(receiver.Received.Select(post => post.DeliveryId).Distinct());
        var accepted = Assert.Single(receiver.Accepted);
        Assert.Equal("TTP", accepted.Json.GetProperty("rule").GetString());
        Assert.Empty(pipeline.Store.GetDueWebhooks(DateTime.MaxValue, 100));
    }

    [Fact]
    public async Task RuleWithoutWebhook_QueuesNothingForItsItems()
    {
        var receiver = new WebhookReceiver(_server, "/hook");
        var feed = Feed("a");
        var pipeline = Pipeline(ttpWebhook: null, frontierWebhook: receiver.Url, feed);
        _server.ServeDocument("/a", RssBuilder.Feed("A",
            new TestEntry("TTP statement on talks", TtpOnlyLink, "a-1"),
            new TestEntry("TTP fighters cross the Durand Line", BothRulesLink, "a-2")));

        await pipeline.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(2, pipeline.Store.Query(new ItemQuery()).Count(item => item.Flagged));
        var queued = Assert.Single(pipeline.Store.GetDueWebhooks(DateTime.MaxValue, 100));
        Assert.Equal("Afghan-Pakistan frontier", queued.Rule);
        Assert.Equal(1, await pipeline.Webhooks.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(["Afghan-Pakistan frontier"], receiver.Received.Select(post => post.Json.GetProperty("rule").GetString()));
    }

    private FeedDefinition Feed(string id) =>
        new() { Id = id, Url = _server.Url("/" + id).AbsoluteUri, Interval = TimeSpan.FromMinutes(10) };

    private PipelineFactory Pipeline(Uri? ttpWebhook, Uri? frontierWebhook, params FeedDefinition[] feeds)
    {
        var options = TestOptions.Create(_temp.File("alerts.db"), feeds);
        options.Watch[0].Webhook = ttpWebhook?.AbsoluteUri;
        options.Watch[1].Webhook = frontierWebhook?.AbsoluteUri;
        _pipeline = new PipelineFactory(options, _clock);
        return _pipeline;
    }

    /// <summary>The same three stories on each feed: one flagged by both rules, one by TTP only, one by neither.</summary>
    private void ServeStories(string feedA, string feedB, string edition)
    {
        foreach (var feed in new[] { feedA, feedB })
        {
            _server.ServeDocument("/" + feed, RssBuilder.Feed(feed,
                new TestEntry("TTP fighters cross the Durand Line", BothRulesLink + $"?utm_source={feed}", $"{feed}-1", $"Reported in the {edition} edition."),
                new TestEntry("Pakistani Taliban issue statement", TtpOnlyLink, $"{feed}-2", $"Reported in the {edition} edition."),
                new TestEntry("Budget debate resumes", "https://wire.example/budget", $"{feed}-3", $"Reported in the {edition} edition.")));
        }
    }
}

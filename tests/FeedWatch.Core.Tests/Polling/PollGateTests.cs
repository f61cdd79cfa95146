using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FeedWatch.Core.Tests.Polling;

/// <summary>Real polls against two loopback hosts (two ports): one slow publisher with many feeds, one quick.</summary>
public sealed class PollGateTests : IAsyncLifetime, IDisposable
{
    private const int SlowFeeds = 6;
    private readonly TempDirectory _temp = new();
    private readonly TaskCompletionSource _releaseSlowHost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackFeedServer _slowHost = null!;
    private LoopbackFeedServer _quickHost = null!;
    private PipelineFactory _pipeline = null!;
    private List<FeedDefinition> _slowFeeds = null!;
    private FeedDefinition _quickFeed = null!;
    private int _inFlight;
    private int _maxInFlight;

    public async Task InitializeAsync()
    {
        _slowHost = await LoopbackFeedServer.StartAsync();
        _quickHost = await LoopbackFeedServer.StartAsync();
        var feed = RssBuilder.Feed("Desk", new TestEntry("Story", "https://news.example/story", "s1"));
        _slowFeeds = Enumerable.Range(0, SlowFeeds).Select(i => new FeedDefinition { Id = $"slow-{i}", Url = _slowHost.Url($"/feed-{i}").AbsoluteUri }).ToList();
        foreach (var slow in _slowFeeds)
        {
            _slowHost.Handle(new Uri(slow.Url).AbsolutePath, async context =>
            {
                var now = Interlocked.Increment(ref _inFlight);
                InterlockedMax(ref _maxInFlight, now);
                await _releaseSlowHost.Task;
                Interlocked.Decrement(ref _inFlight);
                await context.Response.WriteAsync(feed);
            });
        }

        _quickFeed = new FeedDefinition { Id = "quick", Url = _quickHost.Url("/feed").AbsoluteUri };
        _quickHost.ServeDocument("/feed", feed);
        var options = TestOptions.Create(_temp.File("gate.db"), [.. _slowFeeds, _quickFeed]);
        options.Polling.MaxConcurrentPerHost = 2;
        options.Polling.MaxConcurrentPolls = 4;
        _pipeline = new PipelineFactory(options, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _releaseSlowHost.TrySetResult();
        await _slowHost.DisposeAsync();
        await _quickHost.DisposeAsync();
    }

    public void Dispose()
    {
        _pipeline.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Polls_ManyFeedsOfOneSlowHost_AtMostTwoRequestsThereAndOtherHostsProceed()
    {
        var slowPolls = _slowFeeds.Select(feed => _pipeline.Poller.PollAsync(feed, CancellationToken.None)).ToList();
        await WaitUntil(() => Volatile.Read(ref _inFlight) == 2);

        // Six feeds queue on the slow host, yet the quick host's poll is not held back.
        var quick = await _pipeline.Poller.PollAsync(_quickFeed, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(PollStatus.Stored, quick.Status);
        Assert.Equal(2, _slowHost.Requests.Count);

        _releaseSlowHost.SetResult();
        var outcomes = await Task.WhenAll(slowPolls).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(outcomes, outcome => Assert.NotEqual(PollStatus.Failed, outcome.Status));
        Assert.Equal(SlowFeeds, _slowHost.Requests.Count);
        Assert.Equal(2, _maxInFlight);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within 20 s.");
            await Task.Delay(10);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FeedWatch.Daemon.Tests;

/// <summary>Runs the real daemon host with real Quartz triggers on one-second intervals.</summary>
[Collection(InProcessDaemonGroup.Name)]
public sealed class SchedulingTests
{
    [Fact]
    public async Task RunAsync_EachFeedOnItsOwnTrigger_FailingFeedDoesNotDelayTheOthers()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/fast", RssBuilder.Feed("Fast", new TestEntry("Fast item", "https://fast.example/1", "f1")));
        fixture.Server.Handle("/hanging", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        fixture.Server.ServeStatus("/failing", 500);
        // A hanging fetch holds its job for the whole 20 s timeout; if it blocked the others, their gaps would show it.
        fixture.WriteConfig(
            options => options.Polling.Timeout = TimeSpan.FromSeconds(20),
            fixture.Feed("fast", "/fast", TimeSpan.FromSeconds(1)),
            fixture.Feed("hanging", "/hanging", TimeSpan.FromSeconds(1)),
            fixture.Feed("failing", "/failing", TimeSpan.FromSeconds(1)));

        using var stop = new CancellationTokenSource();
        var daemon = fixture.RunDaemonAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (fixture.Server.CountRequests("/fast") < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        Assert.Equal(0, await daemon);

        Assert.True(fixture.Server.CountRequests("/fast") >= 4, "the healthy feed kept polling every second");
        var fastPolls = fixture.Server.Requests.Where(r => r.Path == "/fast").Select(r => r.At).ToList();
        var gaps = fastPolls.Zip(fastPolls.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap < TimeSpan.FromSeconds(8), $"the healthy feed waited {gap} between polls"));
        Assert.Equal(1, fixture.Server.CountRequests("/hanging"));
        // Backing off (1 s, 2 s, 4 s…), the failing feed is asked less often than the healthy one.
        Assert.InRange(fixture.Server.CountRequests("/failing"), 1, fixture.Server.CountRequests("/fast") - 1);

        var (_, feeds, _) = await fixture.RunCliAsync("feeds", "--format", "csv");
        Assert.Contains("failing,failing,", feeds, StringComparison.Ordinal);
        Assert.Contains("HttpStatus: HTTP 500", feeds, StringComparison.Ordinal);
        Assert.Contains("fast,ok,", feeds, StringComparison.Ordinal);
    }
}

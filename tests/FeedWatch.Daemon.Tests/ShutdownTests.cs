using System.Diagnostics;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>A stop request (SIGTERM reaches the host as this) ends the daemon promptly even with polls hanging.</summary>
[Collection(InProcessDaemonGroup.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stop_WhilePollsHang_EndsWithinTenSecondsAndStoresNothingPartial()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/ok", RssBuilder.Feed("Ok", new TestEntry("Stored story", "https://ok.example/1", "ok1")));
        fixture.Server.Handle("/hanging", async context => await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted));
        fixture.WriteConfig(
            options => options.Polling.Timeout = TimeSpan.FromMinutes(1),
            fixture.Feed("ok", "/ok", TimeSpan.FromSeconds(1)),
            fixture.Feed("hanging", "/hanging", TimeSpan.FromSeconds(1)));

        using var stop = new CancellationTokenSource();
        var daemon = fixture.RunDaemonAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((fixture.Server.CountRequests("/hanging") == 0 || fixture.Server.CountRequests("/ok") < 2) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var stopping = Stopwatch.StartNew();
        await stop.CancelAsync();
        var finished = await Task.WhenAny(daemon, Task.Delay(TimeSpan.FromSeconds(30)));
        stopping.Stop();

        Assert.Same(daemon, finished);
        Assert.Equal(0, await daemon);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {stopping.Elapsed}.");
        var (_, items, _) = await fixture.RunCliAsync("items", "--format", "json");
        Assert.Contains("Stored story", items, StringComparison.Ordinal);
        var (_, feeds, _) = await fixture.RunCliAsync("feeds", "--format", "csv");
        // The abandoned poll wrote nothing: the hanging feed has no recorded poll or failure.
        Assert.DoesNotContain("hanging,failing", feeds, StringComparison.Ordinal);
    }
}

using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>The running daemon follows edits of its config file: feeds added, removed and rescheduled, bad edits kept out.</summary>
public sealed class HotReloadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static async Task WaitUntil(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task RunningDaemon_ConfigEdits_AddRemoveAndRescheduleFeeds_AndAnInvalidEditChangesNothing()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        foreach (var name in new[] { "a", "b", "c" })
        {
            fixture.Server.ServeDocument($"/{name}", RssBuilder.Feed(name, new TestEntry($"Story from {name}", $"https://{name}.example/1", $"{name}1")));
        }

        var second = TimeSpan.FromSeconds(1);
        fixture.WriteConfig(fixture.Feed("a", "/a", second), fixture.Feed("c", "/c", second));
        using var stop = new CancellationTokenSource();
        var daemon = fixture.RunDaemonAsync(stop.Token);
        try
        {
            await WaitUntil(() => fixture.Server.CountRequests("/a") >= 2, "feed a is polled");

            // Add b, drop a.
            fixture.WriteConfig(fixture.Feed("b", "/b", second), fixture.Feed("c", "/c", second));
            await WaitUntil(() => fixture.Server.CountRequests("/b") >= 2, "the added feed b is polled");
            var aAfterRemoval = fixture.Server.CountRequests("/a");
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.Equal(aAfterRemoval, fixture.Server.CountRequests("/a"));

            // b from every second to every minute: it stops being asked.
            fixture.WriteConfig(fixture.Feed("b", "/b", TimeSpan.FromMinutes(1)), fixture.Feed("c", "/c", second));
            var cBefore = fixture.Server.CountRequests("/c");
            await WaitUntil(() => fixture.Server.CountRequests("/c") >= cBefore + 2, "c keeps polling after the edit");
            await Task.Delay(TimeSpan.FromSeconds(1));
            var bAfterReschedule = fixture.Server.CountRequests("/b");
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(bAfterReschedule, fixture.Server.CountRequests("/b"));

            // An invalid edit (c's interval negative, a bad id) is not applied: c keeps its one-second schedule.
            File.WriteAllText(fixture.ConfigPath, File.ReadAllText(fixture.ConfigPath).Replace("\"00:00:01\"", "\"-00:00:01\"", StringComparison.Ordinal));
            var cBeforeInvalid = fixture.Server.CountRequests("/c");
            await WaitUntil(() => fixture.Server.CountRequests("/c") >= cBeforeInvalid + 3, "c keeps its schedule after an invalid edit");
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await daemon);
        var (_, feeds, _) = await fixture.RunCliAsync("feeds", "--format", "csv");
        Assert.Contains("a,retired,", feeds, StringComparison.Ordinal);
        Assert.Contains("b,ok,", feeds, StringComparison.Ordinal);
    }
}

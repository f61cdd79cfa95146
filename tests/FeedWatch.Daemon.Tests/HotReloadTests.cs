using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>The running daemon follows edits of its config file: feeds added, removed and rescheduled, bad edits kept out.</summary>
[Collection(InProcessDaemonGroup.Name)]
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

    /// <summary>
    /// A feed polled every second never goes 3 s without a request; one whose job is gone (or whose
    /// interval is now a minute) does, once a poll that was already under way at the edit is over.
    /// </summary>
    private static async Task WaitUntilQuiet(DaemonTestFixture fixture, string path)
    {
        var until = DateTime.UtcNow + Deadline;
        var count = fixture.Server.CountRequests(path);
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(3))
        {
            Assert.True(DateTime.UtcNow < until, $"{path} kept being polled after the edit.");
            await Task.Delay(100);
            if (fixture.Server.CountRequests(path) != count)
            {
                count = fixture.Server.CountRequests(path);
                quietSince = DateTime.UtcNow;
            }
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
            await WaitUntilQuiet(fixture, "/a");

            // b from every second to every minute: it stops being asked.
            fixture.WriteConfig(fixture.Feed("b", "/b", TimeSpan.FromMinutes(1)), fixture.Feed("c", "/c", second));
            var cBefore = fixture.Server.CountRequests("/c");
            await WaitUntil(() => fixture.Server.CountRequests("/c") >= cBefore + 2, "c keeps polling after the edit");
            await WaitUntilQuiet(fixture, "/b");

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

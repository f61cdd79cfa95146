using System.Text.Json;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>Two loopback feeds through the daemon's --once cycle, then the CLI, as an analyst would.</summary>
[Collection(InProcessDaemonGroup.Name)]
public sealed class EndToEndTests
{
    private const string SharedStoryLink = "https://wire.example/2026/11/border-talks";

    [Fact]
    public async Task OnePollCycle_StoresSharedStoryOnceFlagsOnlyTtpAndSecondCycleWritesNothing()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/dawn", RssBuilder.Feed("Dawn",
            new TestEntry("TTP claims attack on checkpoint in Lakki Marwat", "https://dawn.example/ttp-attack", "dawn-1"),
            new TestEntry("Officials meet for border talks", SharedStoryLink + "?utm_source=dawn", "dawn-2")));
        fixture.Server.ServeDocument("/tribune", RssBuilder.Feed("Tribune",
            new TestEntry("Ministry portal returned HTTP 500 all day", "https://tribune.example/portal-outage", "trib-1"),
            new TestEntry("Officials meet for border talks", SharedStoryLink, "trib-2")));
        fixture.WriteConfig(fixture.Feed("dawn", "/dawn"), fixture.Feed("tribune", "/tribune"));

        Assert.Equal(0, await fixture.RunDaemonAsync(CancellationToken.None, "--once"));
        var (exitCode, json, _) = await fixture.RunCliAsync("items", "--format", "json");

        Assert.Equal(0, exitCode);
        using var items = JsonDocument.Parse(json);
        var all = items.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, all.Count);
        var story = Assert.Single(all, item => item.GetProperty("link").GetString() == SharedStoryLink);
        // Both feeds are polled in parallel, so either may have carried the story first.
        Assert.Equal(["dawn", "tribune"], story.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Order());
        var flagged = Assert.Single(all, item => item.GetProperty("matches").GetArrayLength() > 0);
        Assert.Equal("https://dawn.example/ttp-attack", flagged.GetProperty("link").GetString());
        Assert.Equal("TTP", flagged.GetProperty("matches")[0].GetProperty("rule").GetString());

        var (_, flaggedTable, _) = await fixture.RunCliAsync("items", "--flagged");
        Assert.Contains("TTP claims attack", flaggedTable, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 500", flaggedTable, StringComparison.Ordinal);

        Assert.Equal(0, await fixture.RunDaemonAsync(CancellationToken.None, "--once"));
        var (_, jsonAfter, _) = await fixture.RunCliAsync("items", "--format", "json");

        Assert.Equal(json, jsonAfter);
        Assert.All(fixture.Server.Requests.Skip(2), request => Assert.NotEmpty(request.IfNoneMatch));
        var (_, feeds, _) = await fixture.RunCliAsync("feeds", "--format", "json");
        using var feedDoc = JsonDocument.Parse(feeds);
        Assert.All(feedDoc.RootElement.EnumerateArray(), feed => Assert.Equal("ok", feed.GetProperty("status").GetString()));
        Assert.Equal([2, 2], feedDoc.RootElement.EnumerateArray().Select(feed => feed.GetProperty("itemCount").GetInt32()));
    }
}

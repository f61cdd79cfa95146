using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

[Collection(InProcessDaemonGroup.Name)]
public sealed class OnceTests
{
    [Fact]
    public async Task RunAsync_Once_PollsEveryFeedAndExitsZero()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/a", RssBuilder.Feed("A", new TestEntry("First", "https://a.example/1", "a1")));
        fixture.Server.ServeDocument("/b", RssBuilder.Feed("B", new TestEntry("Second", "https://b.example/2", "b2")));
        fixture.WriteConfig(fixture.Feed("a", "/a"), fixture.Feed("b", "/b"));

        var exitCode = await fixture.RunDaemonAsync(CancellationToken.None, "--once");

        Assert.Equal(0, exitCode);
        Assert.Equal(1, fixture.Server.CountRequests("/a"));
        Assert.Equal(1, fixture.Server.CountRequests("/b"));
        var (cliExit, output, _) = await fixture.RunCliAsync("items", "--format", "csv");
        Assert.Equal(0, cliExit);
        Assert.Contains("First", output, StringComparison.Ordinal);
        Assert.Contains("Second", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FeedRemovedFromConfig_IsRetiredAndKeepsItsItems()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/a", RssBuilder.Feed("A", new TestEntry("Kept item", "https://a.example/kept", "a1")));
        fixture.Server.ServeDocument("/b", RssBuilder.Feed("B"));
        fixture.WriteConfig(fixture.Feed("a", "/a"), fixture.Feed("b", "/b"));
        await fixture.RunDaemonAsync(CancellationToken.None, "--once");
        fixture.WriteConfig(fixture.Feed("b", "/b"));

        await fixture.RunDaemonAsync(CancellationToken.None, "--once");

        var (_, feeds, _) = await fixture.RunCliAsync("feeds", "--format", "csv");
        Assert.Contains("\r\na,retired,", feeds, StringComparison.Ordinal);
        var (_, items, _) = await fixture.RunCliAsync("items", "--feed", "a", "--format", "csv");
        Assert.Contains("Kept item", items, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidConfig_ExitsTwoWithoutPolling()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        await File.WriteAllTextAsync(fixture.ConfigPath, """{ "Feeds": [ { "Id": "x", "Url": "not a url" } ] }""");

        var exitCode = await fixture.RunDaemonAsync(CancellationToken.None, "--once");

        Assert.Equal(2, exitCode);
        Assert.False(File.Exists(fixture.DatabasePath));
    }

    [Fact]
    public async Task RunAsync_UnknownArgument_ExitsTwo()
    {
        var exitCode = await DaemonApp.RunAsync(["--frobnicate"], CancellationToken.None);

        Assert.Equal(2, exitCode);
    }
}

using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

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

using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>The real daemon host writing its heartbeat and serving Prometheus metrics, read by the real CLI and an HTTP client.</summary>
[Collection(InProcessDaemonGroup.Name)]
public sealed class HealthTests
{
    // Generous: only a broken daemon takes this long, and nothing is asserted about how quickly.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunningDaemon_RewritesItsHeartbeat_AndHealthSaysHealthy()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/dawn", RssBuilder.Feed("Dawn", new TestEntry("Markets calm", "https://dawn.example/1", "d1")));
        fixture.WriteConfig(options => options.Health.HeartbeatInterval = TimeSpan.FromSeconds(1), fixture.Feed("dawn", "/dawn"));

        using var stop = new CancellationTokenSource();
        var daemon = fixture.RunDaemonAsync(stop.Token);
        try
        {
            // The first beat is written at start; a later one proves the daemon keeps beating.
            var first = (await WaitForHeartbeatAsync(fixture, _ => true)).GetProperty("writtenAt").GetString();
            var beat = await WaitForHeartbeatAsync(fixture, b => b.GetProperty("writtenAt").GetString() != first);

            Assert.Equal(Environment.ProcessId, beat.GetProperty("processId").GetInt32());
            Assert.Equal(Environment.MachineName, beat.GetProperty("hostName").GetString());
            Assert.Equal(1, beat.GetProperty("feeds").GetInt32());
            Assert.Equal(1, beat.GetProperty("intervalSeconds").GetDouble());
            Assert.False(beat.GetProperty("once").GetBoolean());
            // Ten intervals of slack: a loaded test machine must not make a live daemon look dead.
            var (exitCode, output, _) = await fixture.RunCliAsync("health", "--max-age", "10s");
            Assert.True(exitCode == 0, output);
            Assert.StartsWith("healthy: heartbeat ", output, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await daemon);
        }
    }

    [Fact]
    public async Task OnceRun_WritesOneHeartbeat_MarkedAsOnce()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/dawn", RssBuilder.Feed("Dawn", new TestEntry("Markets calm", "https://dawn.example/1", "d1")));
        fixture.WriteConfig(fixture.Feed("dawn", "/dawn"));

        Assert.Equal(0, await fixture.RunDaemonAsync(CancellationToken.None, "--once"));
        var (_, json, _) = await fixture.RunCliAsync("health", "--format", "json");

        var beat = JsonDocument.Parse(json).RootElement.GetProperty("heartbeat");
        Assert.True(beat.GetProperty("once").GetBoolean());
        Assert.Equal(Environment.ProcessId, beat.GetProperty("processId").GetInt32());
    }

    [Fact]
    public async Task MetricsEnabled_CountsPollsFailuresItemsAndFlags()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        fixture.Server.ServeDocument("/dawn", RssBuilder.Feed("Dawn",
            new TestEntry("TTP claims attack on checkpoint in Lakki Marwat", "https://dawn.example/ttp", "d1"),
            new TestEntry("Markets calm", "https://dawn.example/markets", "d2")));
        fixture.Server.ServeStatus("/failing", 500);
        var port = FreeLoopbackPort();
        fixture.WriteConfig(
            options =>
            {
                options.Metrics.Enabled = true;
                options.Metrics.Port = port;
            },
            fixture.Feed("dawn", "/dawn", TimeSpan.FromSeconds(2)),
            fixture.Feed("failing", "/failing", TimeSpan.FromSeconds(2)));

        using var stop = new CancellationTokenSource();
        var daemon = fixture.RunDaemonAsync(stop.Token);
        string metrics;
        try
        {
            using var http = new HttpClient();
            var metricsUrl = new Uri($"http://127.0.0.1:{port}/metrics");
            metrics = await WaitForAsync(
                async () => await TryGetAsync(http, metricsUrl),
                text => text is not null && text.Contains("status=\"stored\"", StringComparison.Ordinal)
                    && text.Contains("status=\"failed\"", StringComparison.Ordinal)) ?? "";
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await daemon);
        }

        Assert.True(Value(metrics, "feedwatch_polls_total{feed=\"dawn\",status=\"stored\"}") >= 1, metrics);
        Assert.True(Value(metrics, "feedwatch_polls_total{feed=\"failing\",status=\"failed\"}") >= 1, metrics);
        Assert.True(Value(metrics, "feedwatch_poll_failures_total{feed=\"failing\",kind=\"HttpStatus\"}") >= 1, metrics);
        // Stored once: later polls of the unchanged document store nothing new.
        Assert.Equal(2, Value(metrics, "feedwatch_items_stored_total{feed=\"dawn\"}"));
        Assert.Equal(1, Value(metrics, "feedwatch_items_flagged_total{rule=\"TTP\"}"));
        Assert.True(Value(metrics, "feedwatch_poll_duration_seconds_count{feed=\"dawn\"}") >= 1, metrics);
        Assert.Contains("feedwatch_poll_duration_seconds_bucket{feed=\"dawn\",le=\"+Inf\"}", metrics, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForHeartbeatAsync(DaemonTestFixture fixture, Func<JsonElement, bool> condition)
    {
        var beat = await WaitForAsync(
            async () =>
            {
                var (_, json, _) = await fixture.RunCliAsync("health", "--format", "json");
                // Before the daemon has created the database the CLI prints nothing on stdout.
                return json.Length == 0 ? (JsonElement?)null : JsonDocument.Parse(json).RootElement.GetProperty("heartbeat").Clone();
            },
            b => b is { ValueKind: JsonValueKind.Object } && condition(b.Value));
        return beat is { ValueKind: JsonValueKind.Object } found && condition(found)
            ? found
            : throw new Xunit.Sdk.XunitException("The daemon wrote no heartbeat, or no new one.");
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Deadline;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }

    private static async Task<string?> TryGetAsync(HttpClient http, Uri url)
    {
        try
        {
            return await http.GetStringAsync(url);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static double Value(string metrics, string series)
    {
        var line = metrics.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No {series} in:\n{metrics}");
        return double.Parse(line[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FreeLoopbackPort()
    {
        // Bind a free port and let it go for the daemon to take.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

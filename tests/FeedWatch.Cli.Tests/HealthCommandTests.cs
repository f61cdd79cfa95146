using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>
/// <c>feedwatch health</c> over databases filled by the real poller, with a heartbeat written as the
/// daemon writes it, read at <see cref="CliRun.Now"/> (2026-11-02 13:00Z).
/// </summary>
public sealed class HealthCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = CliRun.Now;

    private readonly TempDirectory _temp = new();

    private string DatabasePath => _temp.File("health.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FreshHeartbeat_HealthyFeeds_Exit0()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollAsync("alpha", Now.AddHours(-1), new TestEntry("Markets calm", "https://alpha.example/1"));
        }

        WriteHeartbeat(Now.AddSeconds(-20));

        var result = await RunAsync("health");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("healthy: heartbeat 20s ago (pid 4711 on desk-1, up since 2026-11-02T09:00:00Z, 3 feeds); no feed failing", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleHeartbeat_Exit5_SaysHowOldAndWhose()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollAsync("alpha", Now.AddHours(-1), new TestEntry("Markets calm", "https://alpha.example/1"));
        }

        // The default allows three 30 s intervals: 12 minutes is a dead or hung daemon.
        WriteHeartbeat(Now.AddMinutes(-12));

        var result = await RunAsync("health");

        Assert.Equal(5, result.ExitCode);
        Assert.Equal(["unhealthy: no heartbeat for 12m (last 2026-11-02T12:48:00Z by the daemon, pid 4711 on desk-1; allowed 1m 30s)"], result.Lines());
    }

    [Fact]
    public async Task MaxAge_IsTheLimitWhenGiven()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollAsync("alpha", Now.AddHours(-1), new TestEntry("Markets calm", "https://alpha.example/1"));
        }

        WriteHeartbeat(Now.AddMinutes(-5));

        Assert.Equal(0, (await RunAsync("health", "--max-age", "10m")).ExitCode);
        Assert.Equal(5, (await RunAsync("health", "--max-age", "4m")).ExitCode);
    }

    [Fact]
    public async Task NoHeartbeatEver_IsUnhealthyWithTheReason()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollAsync("alpha", Now.AddHours(-1), new TestEntry("Markets calm", "https://alpha.example/1"));
        }

        var result = await RunAsync("health");

        Assert.Equal(5, result.ExitCode);
        var line = Assert.Single(result.Lines());
        Assert.StartsWith("unhealthy: no heartbeat: no daemon has run against this database", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedFailingLongerThanTheThreshold_IsUnhealthy_NamingTheFeedAndItsError()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            // Never succeeded: failing since its first poll, 8 hours before the check.
            await builder.PollClosedPortAsync("closed", Now.AddHours(-8));
            await builder.PollAsync("alpha", Now.AddHours(-1), new TestEntry("Markets calm", "https://alpha.example/1"));
        }

        WriteHeartbeat(Now.AddSeconds(-5));
        var closed = FeedState("closed");

        var result = await RunAsync("health");

        Assert.Equal(5, result.ExitCode);
        Assert.Equal([$"unhealthy: feed closed failing for 8h: Refused: {closed.LastError}"], result.Lines());
    }

    [Fact]
    public async Task FeedFailingSinceItsLastSuccess_CountsFromThatSuccess()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollAsync("beta", Now.AddHours(-7), new TestEntry("Markets calm", "https://beta.example/1"));
        }

        // Served by a new server whose port nobody holds any more: the same feed, now refused.
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollClosedPortAsync("beta", Now.AddHours(-1));
        }

        WriteHeartbeat(Now.AddSeconds(-5));

        var sixHours = await RunAsync("health");
        var eightHours = await RunAsync("health", "--failing-for", "8h");

        Assert.Equal(5, sixHours.ExitCode);
        Assert.StartsWith("unhealthy: feed beta failing for 7h: Refused: ", Assert.Single(sixHours.Lines()), StringComparison.Ordinal);
        Assert.Equal(0, eightHours.ExitCode);
    }

    [Fact]
    public async Task FeedFailingShorterThanTheThreshold_IsHealthy_AndNamed()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollServerErrorAsync("broken", Now.AddHours(-2));
        }

        WriteHeartbeat(Now.AddSeconds(-5));

        var result = await RunAsync("health");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("; failing for less than 6h: broken", result.Out.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(5, (await RunAsync("health", "--failing-for", "1h")).ExitCode);
    }

    [Fact]
    public async Task FeedDisabledInTheConfig_DoesNotCount()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollClosedPortAsync("closed", Now.AddDays(-3));
        }

        WriteHeartbeat(Now.AddSeconds(-5));
        var config = _temp.File("feedwatch.json");
        var options = TestOptions.Create(DatabasePath, new Core.Configuration.FeedDefinition { Id = "closed", Url = "https://closed.example/feed", Enabled = false });
        File.WriteAllText(config, JsonSerializer.Serialize(options));

        Assert.Equal(5, (await RunAsync("health")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("health", "--config", config)).ExitCode);
    }

    [Fact]
    public async Task Json_HasAStableShape()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollClosedPortAsync("closed", Now.AddHours(-8));
            await builder.PollServerErrorAsync("broken", Now.AddHours(-2));
        }

        WriteHeartbeat(Now.AddMinutes(-12));

        var result = await RunAsync("health", "--format", "json");

        Assert.Equal(5, result.ExitCode);
        var json = result.Json();
        Assert.False(json.GetProperty("healthy").GetBoolean());
        Assert.Equal(2, json.GetProperty("reasons").GetArrayLength());
        Assert.Equal("2026-11-02T13:00:00Z", json.GetProperty("checkedAt").GetString());
        Assert.Equal(90, json.GetProperty("maxAgeSeconds").GetDouble());
        Assert.Equal(6 * 3600, json.GetProperty("failingForSeconds").GetDouble());
        var beat = json.GetProperty("heartbeat");
        Assert.Equal("2026-11-02T12:48:00Z", beat.GetProperty("writtenAt").GetString());
        Assert.Equal(720, beat.GetProperty("ageSeconds").GetDouble());
        Assert.Equal("2026-11-02T09:00:00Z", beat.GetProperty("startedAt").GetString());
        Assert.Equal(4711, beat.GetProperty("processId").GetInt32());
        Assert.Equal("desk-1", beat.GetProperty("hostName").GetString());
        Assert.Equal("1.2.3", beat.GetProperty("version").GetString());
        Assert.Equal(3, beat.GetProperty("feeds").GetInt32());
        Assert.Equal(30, beat.GetProperty("intervalSeconds").GetDouble());
        Assert.False(beat.GetProperty("once").GetBoolean());
        var failing = json.GetProperty("failingFeeds").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.Equal(["broken", "closed"], failing.Keys.Order());
        Assert.True(failing["closed"].GetProperty("overThreshold").GetBoolean());
        Assert.Equal("2026-11-02T05:00:00Z", failing["closed"].GetProperty("failingSince").GetString());
        Assert.Equal(8 * 3600, failing["closed"].GetProperty("failingForSeconds").GetDouble());
        Assert.Equal("Refused", failing["closed"].GetProperty("lastErrorKind").GetString());
        Assert.False(failing["broken"].GetProperty("overThreshold").GetBoolean());
        Assert.Equal(1, failing["broken"].GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("HttpStatus", failing["broken"].GetProperty("lastErrorKind").GetString());
    }

    [Fact]
    public async Task MissingDatabase_Exit3()
    {
        var result = await RunAsync("health");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("does not exist yet", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-age", "soon")]
    [InlineData("--failing-for", "0h")]
    public async Task SpanNotUnderstood_Exit2(string option, string value)
    {
        WriteHeartbeat(Now);

        var result = await RunAsync("health", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} '{value}' is not understood", result.Error, StringComparison.Ordinal);
    }

    private Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", DatabasePath]);

    private void WriteHeartbeat(DateTimeOffset at)
    {
        using var store = LiteDbItemStore.Open(DatabasePath);
        store.SaveHeartbeat(new Heartbeat
        {
            WrittenAt = at.UtcDateTime,
            StartedAt = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc),
            ProcessId = 4711,
            HostName = "desk-1",
            Version = "1.2.3",
            Feeds = 3,
            IntervalSeconds = 30,
        });
    }

    private FeedState FeedState(string id)
    {
        using var store = LiteDbItemStore.OpenExisting(DatabasePath);
        return store.GetFeed(id)!;
    }
}

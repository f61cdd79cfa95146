using System.Diagnostics;
using System.Text.Json;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;
using Xunit.Abstractions;

namespace FeedWatch.Daemon.Tests.CrashRecovery;

/// <summary>
/// The real daemon, SIGKILLed at random moments while its feeds change, must lose nothing and
/// store nothing twice: after the last restart the store holds exactly what the feeds served.
/// </summary>
[Trait("Category", "Crash")]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Kills = 30;
    private const int Seed = 20261120;
    private static readonly string[] FeedIds = [.. Enumerable.Range(1, 16).Select(i => $"f{i}")];
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    [Fact]
    public async Task Daemon_KilledRepeatedlyWhileFeedsChange_StoresExactlyWhatWasServed()
    {
        var clock = Stopwatch.StartNew();
        await using var server = await LoopbackFeedServer.StartAsync();
        using var temp = new TempDirectory();
        var databasePath = Path.Combine(temp.Path, "data", "feedwatch.db");
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var feeds = new ChangingFeeds(FeedIds, Seed);
        feeds.Serve(server, "/feeds/");
        var configPath = WriteConfig(temp, databasePath, server);
        var outputs = new List<IReadOnlyList<string>>();

        int unfinishedWrites;
        using (var stopTicking = new CancellationTokenSource())
        {
            var ticking = TickAsync(feeds, stopTicking.Token);
            try
            {
                unfinishedWrites = await KillRepeatedlyAsync(feeds, configPath, databasePath, outputs);
            }
            finally
            {
                await stopTicking.CancelAsync();
                await ticking;
            }
        }

        feeds.Freeze();
        outputs.Add(await RunUntilEveryFeedPolledAsync(configPath, databasePath));

        var stored = StoreSnapshot.Read(databasePath, temp.Path);
        output.WriteLine($"{Kills} kills, {unfinishedWrites} of them left an unfinished write; {feeds.ServedBy.Count} items served " +
            $"({feeds.Responses200} full responses, {feeds.Responses304} not modified); {stored.Items.Count} items stored, " +
            $"{stored.ByLink().Count} distinct links; {clock.Elapsed.TotalSeconds:0.0} s");
        AssertStoredExactlyWhatWasServed(stored, feeds);

        var lines = outputs.SelectMany(run => run).ToList();
        var warnings = lines.Where(line => line.Contains("WRN]", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{warnings.Count} warnings logged by the daemons{string.Concat(warnings.Take(5).Select(w => "\n  " + w))}");
        var errors = lines.Where(line => line.Contains("ERR]", StringComparison.Ordinal) || line.Contains("FTL]", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    /// <returns>How many kills left LiteDB's log file behind, that is, fell inside a write.</returns>
    private async Task<int> KillRepeatedlyAsync(ChangingFeeds feeds, string configPath, string databasePath, List<IReadOnlyList<string>> outputs)
    {
        var random = new Random(Seed);
        // LiteDB writes a transaction to this log and folds it into the file at the checkpoint that ends it.
        var log = new FileInfo(Path.Combine(Path.GetDirectoryName(databasePath)!, "feedwatch-log.db"));
        (long, DateTime) lastLog = default;
        var unfinishedWrites = 0;
        for (var kill = 1; kill <= Kills; kill++)
        {
            var lived = Stopwatch.StartNew();
            string moment;
            using (var daemon = DaemonProcess.Start(configPath, Path.GetDirectoryName(configPath)!))
            {
                moment = await KillMomentAsync(kill, feeds, random, daemon);
                var exitedOnItsOwn = daemon.HasExited;
                daemon.KillHard();
                outputs.Add(daemon.Output);
                Assert.False(exitedOnItsOwn, $"The daemon of run {kill} exited by itself:\n{string.Join('\n', daemon.Output)}");
            }

            log.Refresh();
            // A run killed before it opened the file leaves its predecessor's log as it was: counted once.
            var logNow = log.Exists && log.Length > 0 ? (log.Length, log.LastWriteTimeUtc) : default;
            var midWrite = logNow != default && logNow != lastLog;
            lastLog = logNow;
            unfinishedWrites += midWrite ? 1 : 0;

            var snapshot = StoreSnapshot.Read(databasePath, Path.GetDirectoryName(configPath)!);
            Assert.Empty(snapshot.DuplicateLinks());
            Assert.Empty(snapshot.FeedCountMismatches());
            feeds.Confirm(snapshot.ByLink());
            output.WriteLine($"kill {kill,2} at {lived.ElapsedMilliseconds,4} ms ({moment}){(midWrite ? $", log of {log.Length} bytes left" : "")}: " +
                $"database opened, {snapshot.Items.Count} items");
        }

        return unfinishedWrites;
    }

    private static void AssertStoredExactlyWhatWasServed(StoreSnapshot stored, ChangingFeeds feeds)
    {
        var served = feeds.ServedBy;
        var storedByLink = stored.ByLink();
        Assert.Empty(stored.DuplicateLinks());
        Assert.Equal(storedByLink.Count, stored.Items.Count);
        var missing = served.Keys.Except(storedByLink.Keys).Order().ToList();
        var extra = storedByLink.Keys.Except(served.Keys).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Served but not stored: {string.Join(", ", missing)}\nStored but never served: {string.Join(", ", extra)}");
        foreach (var (link, servedBy) in served)
        {
            // Every feed that carried a story is among its sources, even when a kill fell between two feeds' writes.
            Assert.Equal(servedBy.Order(), storedByLink[link].Sources.Order());
        }

        foreach (var (link, title) in feeds.LatestTitles())
        {
            Assert.Equal(title, storedByLink[link].Title);
        }

        Assert.Empty(stored.FeedCountMismatches());
    }

    /// <summary>
    /// Odd runs die at a random time, which often falls in start-up (opening the file, building
    /// indexes). Even runs die a few milliseconds after a random number of full responses, while the
    /// polls that read them parse, queue and commit.
    /// </summary>
    private static async Task<string> KillMomentAsync(int kill, ChangingFeeds feeds, Random random, DaemonProcess daemon)
    {
        if (kill % 2 == 1)
        {
            await Task.Delay(random.Next(300, 2500));
            return "random time";
        }

        var responses = random.Next(1, FeedIds.Length);
        var delay = random.Next(0, 15);
        try
        {
            // A deadline for a daemon that never polls, not a performance bound.
            await feeds.FullResponsesAsync(responses).WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The daemon of run {kill} never fetched {responses} feeds:\n{string.Join('\n', daemon.Output)}");
        }

        await Task.Delay(delay);
        return $"{delay} ms after {responses} more full responses";
    }

    /// <summary>About three ticks a poll interval: a poll finds its feed changed more often than not.</summary>
    private static async Task TickAsync(ChangingFeeds feeds, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                feeds.Tick();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The kills are over; the feeds stay as they are for the final run.
        }
    }

    /// <summary>
    /// Starts the daemon once more, waits until every feed has a successful poll of the frozen feeds
    /// committed (the feed state and its items are one transaction), then stops it the polite way.
    /// </summary>
    private static async Task<IReadOnlyList<string>> RunUntilEveryFeedPolledAsync(string configPath, string databasePath)
    {
        var startedAt = DateTime.UtcNow;
        using var daemon = DaemonProcess.Start(configPath, Path.GetDirectoryName(configPath)!);
        // A deadline for a hung daemon, not a performance bound: a poll cycle here takes about a second.
        var deadline = Stopwatch.StartNew();
        while (!EveryFeedPolledSince(databasePath, startedAt))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60) && !daemon.HasExited,
                $"The final run never polled every feed:\n{string.Join('\n', daemon.Output)}");
            await Task.Delay(200);
        }

        var exitCode = await daemon.StopAsync(TimeSpan.FromSeconds(30));
        Assert.True(exitCode == 0, $"The final run exited {exitCode} on SIGTERM:\n{string.Join('\n', daemon.Output)}");
        return daemon.Output;
    }

    private static bool EveryFeedPolledSince(string databasePath, DateTime since)
    {
        if (!File.Exists(databasePath))
        {
            return false;
        }

        // Shared mode: the CLI reads beside the running daemon the same way.
        using var store = Core.Storage.LiteDbItemStore.OpenExisting(databasePath);
        var feeds = store.GetFeeds();
        return FeedIds.All(id => feeds.FirstOrDefault(f => f.Id == id)?.LastSuccessAt >= since);
    }

    private static string WriteConfig(TempDirectory temp, string databasePath, LoopbackFeedServer server)
    {
        var options = TestOptions.Create(databasePath, [.. FeedIds.Select(id => new FeedDefinition
        {
            Id = id,
            Url = server.Url("/feeds/" + id).AbsoluteUri,
            // Far more often than any real feed, so that kills land mid-poll and mid-commit.
            Interval = TimeSpan.FromSeconds(1),
        })]);
        var config = JsonSerializer.SerializeToNode(options, JsonOptions)!.AsObject();
        // Console only, so that no log file is written anywhere; Information shows each poll.
        config["Serilog"] = JsonNodeOf("""
            {
              "Using": [ "Serilog.Sinks.Console" ],
              "MinimumLevel": { "Default": "Information", "Override": { "Microsoft": "Warning", "System": "Warning", "Quartz": "Warning" } },
              "WriteTo": [ { "Name": "Console", "Args": { "outputTemplate": "{Timestamp:HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}" } } ]
            }
            """);
        var path = temp.File("feedwatch.json");
        File.WriteAllText(path, config.ToJsonString(JsonOptions));
        return path;
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}

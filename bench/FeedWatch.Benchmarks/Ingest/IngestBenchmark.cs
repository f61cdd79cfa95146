using System.Globalization;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// One full polling cycle of the real daemon, as a process, against generated feeds on 127.0.0.1:
/// publish → generate → serve → start-up-only run → cold → warm (all 304) → shift every feed → poll again.
/// After each run the published CLI counts what the store holds.
/// </summary>
internal sealed class IngestBenchmark(TextWriter output, IngestSettings settings, IngestWorkspace workspace)
{
    private const string Database = "../data/feedwatch.db";
    private const string StartupDatabase = "../data/startup.db";

    public static async Task<IngestReport> RunAsync(TextWriter output, IngestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var workspace = IngestWorkspace.Create(settings.Keep);
        return await new IngestBenchmark(output, settings, workspace).RunAsync(cancellationToken);
    }

    private async Task<IngestReport> RunAsync(CancellationToken cancellationToken)
    {
        var version = await SourceVersion.DescribeAsync(cancellationToken);
        Progress($"scratch folder {workspace.Root}{(settings.Keep ? " (kept)" : "")}");
        Progress("publishing feedwatchd and feedwatch (Release)");
        var apps = await PublishedApps.PublishAsync(workspace.Binaries, cancellationToken);

        Progress($"generating {settings.Feeds} feeds × {settings.Items} items (genfeeds.py --seed {FeedCorpus.Seed})");
        var feeds = await FeedCorpus.GenerateAsync(workspace.Feeds, settings.Feeds, settings.Items, shift: 0, cancellationToken);
        var expectedAfterShift = await FeedCorpus.UniqueLinksAfterShiftAsync(workspace.UnionFeeds, settings.Feeds, settings.Items, settings.Shift, cancellationToken);

        await using var server = await FeedServer.StartAsync(workspace.Feeds, workspace.PortFile, cancellationToken);
        IngestConfig.Write(workspace.Config, Database, feeds.Files.Select(file => (Path.GetFileNameWithoutExtension(file), server.FeedUrl(file))));
        IngestConfig.Write(workspace.StartupConfig, StartupDatabase, []);

        var all200 = new HttpStatusCounts(settings.Feeds, 0, 0);
        var runs = new List<IngestRun>();
        var stored = 0;
        async Task MeasureAsync(RunKind kind, string name, string config, IngestExpectation expected)
        {
            var run = await MeasureRunAsync(apps, server, kind, name, config, expected, stored, cancellationToken);
            stored = run.Census?.Items ?? stored;
            runs.Add(run);
        }

        await MeasureAsync(RunKind.StartupOnly, "start-up only (0 feeds)", workspace.StartupConfig, new IngestExpectation(HttpStatusCounts.None, null));
        await MeasureAsync(RunKind.Cold, "cold (all new)", workspace.Config, new IngestExpectation(all200, feeds.UniqueLinks));
        await MeasureAsync(RunKind.Warm, "warm (all 304)", workspace.Config, new IngestExpectation(new HttpStatusCounts(0, settings.Feeds, 0), feeds.UniqueLinks));

        Progress($"moving every feed on by {settings.Shift} items (genfeeds.py --shift {settings.Shift})");
        await FeedCorpus.GenerateAsync(workspace.Feeds, settings.Feeds, settings.Items, settings.Shift, cancellationToken);
        await MeasureAsync(RunKind.Shifted, $"shift {settings.Shift} ({settings.Shift} new a feed)", workspace.Config, new IngestExpectation(all200, expectedAfterShift));

        return new IngestReport(settings, version, feeds, expectedAfterShift, runs);
    }

    private async Task<IngestRun> MeasureRunAsync(
        PublishedApps apps, FeedServer server, RunKind kind, string name, string config, IngestExpectation expected, int storedBefore, CancellationToken cancellationToken)
    {
        Progress($"{name}: running feedwatchd --once");
        var before = await server.StatsAsync(cancellationToken);
        var daemon = await DaemonRun.RunOnceAsync(apps.Daemon, config, workspace.Root, cancellationToken);
        var http = (await server.StatsAsync(cancellationToken)).Since(before);
        var census = kind == RunKind.StartupOnly ? null : await StoreCensus.TakeAsync(apps, config, workspace.Root, cancellationToken);
        Progress(string.Create(CultureInfo.InvariantCulture, $"{name}: {daemon.Wall.TotalSeconds:0.00} s, exit {daemon.ExitCode}{(census is null ? "" : $", {census.Items:N0} items stored")}"));
        return new IngestRun(kind, name, daemon, http, expected, census, storedBefore);
    }

    private void Progress(string message) => output.WriteLine($"  {message}");
}

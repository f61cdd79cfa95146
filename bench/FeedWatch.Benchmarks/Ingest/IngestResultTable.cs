using System.Globalization;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>The ingest table, the correctness checks of each run, then the targets.</summary>
internal static class IngestResultTable
{
    // From the task that set up this benchmark; they are stated for 500 feeds × 50 items.
    private const int TargetFeeds = 500;
    private static readonly TimeSpan ColdTarget = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan WarmTarget = TimeSpan.FromSeconds(0.6);
    private const double PeakTargetMegabytes = 200;
    private const int OutputExcerptLines = 10;

    private static readonly string[] Headers =
        ["run", "HTTP 200/304", "exit", "wall s", "CPU s", "new items", "items/s", "peak WS MB", "written MB", "stored", "expected", "check"];

    public static void Write(TextWriter output, IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = report.Settings;
        output.WriteLine();
        output.WriteLine(
            Invariant($"{settings.Feeds} feeds × {settings.Items} items ({report.Feeds.BytesTotal / 1e6:0.0} MB, {report.Feeds.ItemsTotal:N0} items, {report.Feeds.UniqueLinks:N0} unique links); ") +
            Invariant($"shift {settings.Shift}: {report.ExpectedAfterShift:N0} unique links expected after it"));
        output.WriteLine($"code: {report.SourceVersion}");
        output.WriteLine();
        TextTable.Write(output, Headers, report.Runs.Select(Cells).ToList(), textColumns: 1);

        output.WriteLine();
        foreach (var run in report.Runs)
        {
            var problems = run.Problems();
            output.WriteLine($"{(problems.Count == 0 ? "PASS" : "FAIL")}  {run.Name}: {(problems.Count == 0 ? Clean(run) : string.Join("; ", problems))}");
        }

        foreach (var run in report.Runs.Where(run => run.Daemon.OutputLines.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"feedwatchd output in {run.Name} ({run.Daemon.OutputLines.Count} lines, first {OutputExcerptLines}):");
            foreach (var line in run.Daemon.OutputLines.Take(OutputExcerptLines))
            {
                output.WriteLine($"  {line}");
            }
        }

        output.WriteLine();
        WriteTargets(output, report);
    }

    private static void WriteTargets(TextWriter output, IngestReport report)
    {
        output.WriteLine(report.Settings.Feeds == TargetFeeds
            ? $"Targets ({TargetFeeds} feeds):"
            : $"Targets (set for {TargetFeeds} feeds; this run has {report.Settings.Feeds}, so for reference only):");
        if (report.Runs.FirstOrDefault(run => run.Kind == RunKind.Cold) is { } cold)
        {
            WriteTarget(output, $"cold run < {ColdTarget.TotalSeconds:0.#} s", cold, cold.Daemon.Wall < ColdTarget, $"{cold.Daemon.Wall.TotalSeconds:0.00} s");
        }

        if (report.Runs.FirstOrDefault(run => run.Kind == RunKind.Warm) is { } warm)
        {
            WriteTarget(output, $"all-304 run < {WarmTarget.TotalSeconds:0.0#} s", warm, warm.Daemon.Wall < WarmTarget, $"{warm.Daemon.Wall.TotalSeconds:0.00} s");
        }

        var peaks = report.Runs.Where(run => run.Daemon.Usage is not null).ToList();
        if (peaks.Count > 0)
        {
            var largest = peaks.MaxBy(run => run.Daemon.Usage!.PeakResidentBytes)!;
            var megabytes = largest.Daemon.Usage!.PeakResidentBytes / 1e6;
            WriteTarget(output, $"peak working set < {PeakTargetMegabytes:0} MB", largest, megabytes < PeakTargetMegabytes, $"{megabytes:0} MB (largest, in {largest.Name})");
        }
    }

    // A fast run that stored the wrong thing, or was killed, meets no target.
    private static void WriteTarget(TextWriter output, string target, IngestRun run, bool met, string measured)
    {
        var valid = run.Problems().Count == 0;
        output.WriteLine($"{(met && valid ? "PASS" : "FAIL")}  {target}: {measured}{(valid ? "" : " (the run failed its checks)")}");
    }

    private static string Clean(IngestRun run) => run.Census is null
        ? $"exit 0, no output, HTTP 200/304 {run.Http}"
        : Invariant($"exit 0, no output, HTTP 200/304 {run.Http}, {run.Census.Items:N0} items stored = expected, no link stored twice, every feed ok");

    private static string[] Cells(IngestRun run)
    {
        var usage = run.Daemon.Usage;
        return
        [
            run.Name,
            run.Http.ToString(),
            Invariant($"{run.Daemon.ExitCode}"),
            Invariant($"{run.Daemon.Wall.TotalSeconds:0.00}"),
            usage is null ? "n/a" : Invariant($"{usage.CpuTime.TotalSeconds:0.00}"),
            run.Census is null ? "" : Invariant($"{run.NewItems:N0}"),
            run.Census is null ? "" : Invariant($"{run.ItemsPerSecond:N0}"),
            usage is null ? "n/a" : Invariant($"{usage.PeakResidentBytes / 1e6:0}"),
            usage?.WrittenBytes is { } written ? Invariant($"{written / 1e6:0.0}") : "n/a",
            run.Census is null ? "" : Invariant($"{run.Census.Items:N0}"),
            run.Expected.StoredItems is { } expected ? Invariant($"{expected:N0}") : "",
            run.Problems().Count == 0 ? "ok" : "FAIL",
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

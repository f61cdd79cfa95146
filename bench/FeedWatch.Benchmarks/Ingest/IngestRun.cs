using System.Globalization;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>One measured daemon process and whether it did what it should have.</summary>
internal sealed record IngestRun(RunKind Kind, string Name, DaemonRun Daemon, HttpStatusCounts Http, IngestExpectation Expected, StoreCensus? Census, int StoredBefore)
{
    /// <summary>Items the run added to the store (by the CLI's count before and after).</summary>
    public int NewItems => Census is null ? 0 : Census.Items - StoredBefore;

    public double ItemsPerSecond => NewItems / Daemon.Wall.TotalSeconds;

    /// <summary>Everything that went wrong, each as a sentence; empty for a clean run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Daemon.TimedOut)
        {
            problems.Add($"feedwatchd did not exit within {DaemonRun.TimeLimit.TotalSeconds:0} s and was killed");
        }
        else if (Daemon.ExitCode != 0)
        {
            problems.Add($"feedwatchd exited with {Daemon.ExitCode}");
        }

        if (Daemon.OutputLines.Count > 0)
        {
            problems.Add($"{Daemon.OutputLines.Count} lines of daemon output at Warning or above");
        }

        if (Http != Expected.Http)
        {
            problems.Add($"HTTP 200/304 {Http}, expected {Expected.Http}");
        }

        if (Census is not null)
        {
            if (Expected.StoredItems is { } expected && Census.Items != expected)
            {
                problems.Add(Invariant($"{Census.Items:N0} items stored, expected {expected:N0} ({Census.Items - expected:+#,0;-#,0})"));
            }

            if (Census.DuplicateLinks > 0)
            {
                problems.Add($"{Census.DuplicateLinks} links stored as more than one item");
            }

            if (Census.FeedsNotOk > 0)
            {
                problems.Add($"{Census.FeedsNotOk} feeds not 'ok' in `feedwatch feeds`");
            }
        }

        return problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

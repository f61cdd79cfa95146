using System.Diagnostics;
using FeedWatch.Core.Matching;

namespace FeedWatch.Benchmarks.Matching;

/// <summary>Times one term set: build the matcher, warm up on part of the workload, then whole passes.</summary>
internal static class MatchBenchmark
{
    private const int BuildRuns = 5;
    private const int WarmupItems = 5_000;
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(1);
    private const int MinimumPasses = 3;

    public static MatchMeasurement Measure(TermSet set, MatchWorkload workload, TimeSpan minimum)
    {
        var build = MedianBuild(set);
        var matcher = new WatchMatcher(set.Rules);

        // Not Measurer's 30 whole runs: those are for code a parse reaches once per document, while Match runs
        // once per item. But one pass over 5,000 items (~50 ms) ended before tier-1 code and dynamic PGO
        // arrived: the 10-term row, measured first, came out 1.4x slower than the 10,000-term row.
        var warmup = Stopwatch.StartNew();
        do
        {
            MatchAll(matcher, workload.Items, Math.Min(WarmupItems, workload.Items.Count));
        }
        while (warmup.Elapsed < MinimumWarmup);

        var times = new List<TimeSpan>();
        var measured = TimeSpan.Zero;
        long matches = 0;
        while (times.Count < MinimumPasses || measured < minimum)
        {
            // As in Measurer: each pass starts from a collected heap instead of paying for the previous pass's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = Stopwatch.GetTimestamp();
            matches = MatchAll(matcher, workload.Items, workload.Items.Count);
            var elapsed = Stopwatch.GetElapsedTime(start);
            times.Add(elapsed);
            measured += elapsed;
        }

        times.Sort();
        return new MatchMeasurement(set, workload, build, times.Count, times[times.Count / 2], matches);
    }

    /// <summary>The first construction in the process also pays for JIT-compiling the tokenizer; the median does not.</summary>
    private static TimeSpan MedianBuild(TermSet set)
    {
        var times = new TimeSpan[BuildRuns];
        for (var i = 0; i < BuildRuns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(new WatchMatcher(set.Rules));
            times[i] = Stopwatch.GetElapsedTime(start);
        }

        Array.Sort(times);
        return times[BuildRuns / 2];
    }

    private static long MatchAll(WatchMatcher matcher, IReadOnlyList<MatchField[]> items, int count)
    {
        long matches = 0;
        for (var i = 0; i < count; i++)
        {
            matches += matcher.Match(items[i]).Count;
        }

        return matches;
    }
}

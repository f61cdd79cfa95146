using System.Diagnostics;

namespace FeedWatch.Benchmarks.Measuring;

/// <summary>
/// Warm up, then run an operation until both a minimum count and a minimum total of measured time are reached.
/// Single-threaded on purpose: <see cref="GC.GetAllocatedBytesForCurrentThread"/> sees only this thread.
/// </summary>
internal static class Measurer
{
    private const int MinimumWarmupRuns = 3;
    private const int TierUpCalls = 30;
    private const int MinimumRuns = 5;
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumWarmup = TimeSpan.FromSeconds(8);

    public static Measurement<T> Run<T>(Func<T> operation, TimeSpan minimumTotal)
    {
        // Tiered JIT promotes a method after 30 calls, and dynamic PGO roughly halves FeedParser's time
        // once it has: a method called once per run (the corpus has a path per odd document) needs 30 runs.
        // With 3 runs and 1 s of warm-up the corpus measured 59 ms a pass; after 30 runs, 23 ms.
        var warmup = Stopwatch.StartNew();
        for (var runs = 0; !WarmedUp(runs, warmup.Elapsed); runs++)
        {
            operation();
        }

        var times = new List<TimeSpan>();
        var allocations = new List<long>();
        var pauses = new List<TimeSpan>();
        var result = default(T)!;
        var measured = TimeSpan.Zero;
        while (times.Count < MinimumRuns || measured < minimumTotal)
        {
            // Each run starts from a collected heap, as BenchmarkDotNet does between iterations: otherwise a run
            // pays for the previous run's garbage, and 2 cores leave little room for background GC.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var pausedBefore = GC.GetTotalPauseDuration();
            var start = Stopwatch.GetTimestamp();
            result = operation();
            var elapsed = Stopwatch.GetElapsedTime(start);
            times.Add(elapsed);
            measured += elapsed;
            pauses.Add(GC.GetTotalPauseDuration() - pausedBefore);
            allocations.Add(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        }

        times.Sort();
        allocations.Sort();
        pauses.Sort();
        return new Measurement<T>(result, times.Count, times[times.Count / 2], times[0], allocations[allocations.Count / 2], pauses[pauses.Count / 2]);
    }

    private static bool WarmedUp(int runs, TimeSpan elapsed) =>
        runs >= MinimumWarmupRuns && (elapsed >= MaximumWarmup || (runs >= TierUpCalls && elapsed >= MinimumWarmup));
}

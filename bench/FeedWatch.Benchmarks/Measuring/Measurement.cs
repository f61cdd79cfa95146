namespace FeedWatch.Benchmarks.Measuring;

/// <summary>Timings of one measured operation, and what its last run returned.</summary>
/// <param name="AllocatedBytes">Median bytes allocated on the measuring thread per run.</param>
/// <param name="GcPause">Median time per run that the GC paused the process (included in the run's time).</param>
internal sealed record Measurement<T>(T LastResult, int Runs, TimeSpan Median, TimeSpan Best, long AllocatedBytes, TimeSpan GcPause);

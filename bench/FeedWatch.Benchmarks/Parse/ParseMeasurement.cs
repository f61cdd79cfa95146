using FeedWatch.Benchmarks.Measuring;

namespace FeedWatch.Benchmarks.Parse;

/// <summary>One parser over one workload, and the rates derived from it (MB = 10^6 bytes, per median run).</summary>
internal sealed record ParseMeasurement(ParseWorkload Workload, ParserUnderTest Parser, Measurement<ParseTally> Timing)
{
    private double Seconds => Timing.Median.TotalSeconds;

    public double MegabytesPerSecond => Workload.Bytes / 1e6 / Seconds;

    public double ItemsPerSecond => Timing.LastResult.Items / Seconds;

    public double AllocationMultiple => (double)Timing.AllocatedBytes / Workload.Bytes;
}

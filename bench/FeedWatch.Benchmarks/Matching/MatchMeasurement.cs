namespace FeedWatch.Benchmarks.Matching;

/// <summary>One term set matched against the whole workload, and the rates derived from the median pass (MB = 10^6 bytes of UTF-8).</summary>
/// <param name="Build">Median time of a few <c>new WatchMatcher(rules)</c> calls.</param>
/// <param name="MatchesPerPass">Matches the matcher returned over one pass (every pass returns the same).</param>
internal sealed record MatchMeasurement(TermSet Set, MatchWorkload Workload, TimeSpan Build, int Passes, TimeSpan Median, long MatchesPerPass)
{
    public double ItemsPerSecond => Workload.Items.Count / Median.TotalSeconds;

    public double MegabytesPerSecond => Workload.Utf8Bytes / 1e6 / Median.TotalSeconds;
}

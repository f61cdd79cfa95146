using System.Globalization;

namespace FeedWatch.Benchmarks.Matching;

/// <summary>The match benchmark's table, then the issue's scaling target as a verdict line.</summary>
internal static class MatchResultTable
{
    // From the issue that asked for this benchmark: 10,000 terms at most 2× slower than 10.
    public const int SmallestTerms = 10;
    public const int LargestTerms = 10_000;
    private const double SlowdownTarget = 2;

    private static readonly string[] Headers =
        ["terms", "rules", "build ms", "items", "passes", "median s/pass", "items/s", "MB/s", "matches/pass", "× 10 terms"];

    public static void Write(TextWriter output, IReadOnlyList<MatchMeasurement> rows)
    {
        var baseline = rows.Single(row => row.Set.Terms == SmallestTerms).Median;
        TextTable.Write(output, Headers, rows.Select(row => Cells(row, baseline)).ToList(), textColumns: 0);
        output.WriteLine();

        var expected = rows[0].Workload.PlantedItems;
        if (rows.Any(row => row.MatchesPerPass != expected))
        {
            // Every term owns a word found only where it was planted, so any other count means the matcher changed behaviour.
            output.WriteLine(Invariant($"NOTE  matches per pass differ from the {expected:N0} planted terms: the rows did not do the same work"));
        }

        var largest = rows.Single(row => row.Set.Terms == LargestTerms);
        var ratio = largest.Median / baseline;
        output.WriteLine(Invariant(
            $"{(ratio <= SlowdownTarget ? "PASS" : "FAIL")}  {LargestTerms:N0} terms within {SlowdownTarget:0}x of {SmallestTerms} terms: ratio {ratio:0.00}"));
    }

    private static string[] Cells(MatchMeasurement row, TimeSpan baseline) =>
    [
        Invariant($"{row.Set.Terms:N0}"),
        Invariant($"{row.Set.Rules.Count:N0}"),
        Invariant($"{row.Build.TotalMilliseconds:0.00}"),
        Invariant($"{row.Workload.Items.Count:N0}"),
        Invariant($"{row.Passes}"),
        Invariant($"{row.Median.TotalSeconds:0.000}"),
        Invariant($"{row.ItemsPerSecond:N0}"),
        Invariant($"{row.MegabytesPerSecond:0.0}"),
        Invariant($"{row.MatchesPerPass:N0}"),
        Invariant($"{row.Median / baseline:0.00}"),
    ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace FeedWatch.Benchmarks.Parse;

/// <summary>The parse benchmark's table, then the comparisons with feedparser and the targets.</summary>
internal static class ParseResultTable
{
    // From the task that set up this benchmark: FeedWatch must be ≥20× feedparser and allocate <4× its input.
    private const double SpeedupTarget = 20;
    private const double AllocationTarget = 4;

    private static readonly string[] Headers =
        ["workload", "parser", "docs", "MB", "items", "failed", "runs", "median ms", "best ms", "GC ms", "MB/s", "items/s", "alloc MB", "alloc ×in"];

    public static void Write(TextWriter output, IReadOnlyList<ParseMeasurement> rows, FeedparserBaseline baseline)
    {
        TextTable.Write(output, Headers, rows.Select(Cells).ToList(), textColumns: 2);
        output.WriteLine();
        foreach (var row in rows.Where(row => row.Parser == ParserUnderTest.FeedWatch))
        {
            output.WriteLine(Invariant($"FeedWatch allocations on {row.Workload.Name}: {row.AllocationMultiple:0.00}× input (target < {AllocationTarget}×): {Verdict(row.AllocationMultiple < AllocationTarget)}"));
        }

        if (rows.FirstOrDefault(row => row.Parser == ParserUnderTest.FeedWatch && row.Workload.Name == ParseWorkload.CorpusName) is { } corpus)
        {
            var speedup = corpus.ItemsPerSecond / baseline.CorpusItemsPerSecond;
            output.WriteLine(Invariant(
                $"FeedWatch vs feedparser on the corpus: {corpus.ItemsPerSecond:N0} / {baseline.CorpusItemsPerSecond:N0} items/s = {speedup:0.0}× (target ≥ {SpeedupTarget}×): {Verdict(speedup >= SpeedupTarget)}"));
            if (baseline.CorpusMegabytesPerSecond is { } megabytes)
            {
                output.WriteLine(Invariant(
                    $"  by bytes (same input, fewer items for feedparser, which reads no JSON Feed): {corpus.MegabytesPerSecond:0.0} / {megabytes:0.00} MB/s = {corpus.MegabytesPerSecond / megabytes:0.0}×"));
            }

            output.WriteLine($"  feedparser figure: {baseline.Source}");
        }
    }

    private static string[] Cells(ParseMeasurement row) =>
    [
        row.Workload.Name,
        row.Parser.Name,
        Invariant($"{row.Workload.Documents.Count}"),
        Invariant($"{row.Workload.Bytes / 1e6:0.00}"),
        Invariant($"{row.Timing.LastResult.Items:N0}"),
        Invariant($"{row.Timing.LastResult.FailedDocuments}"),
        Invariant($"{row.Timing.Runs}"),
        Invariant($"{row.Timing.Median.TotalMilliseconds:0.0}"),
        Invariant($"{row.Timing.Best.TotalMilliseconds:0.0}"),
        Invariant($"{row.Timing.GcPause.TotalMilliseconds:0.0}"),
        Invariant($"{row.MegabytesPerSecond:0.0}"),
        Invariant($"{row.ItemsPerSecond:N0}"),
        Invariant($"{row.Timing.AllocatedBytes / 1e6:0.0}"),
        Invariant($"{row.AllocationMultiple:0.00}"),
    ];

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

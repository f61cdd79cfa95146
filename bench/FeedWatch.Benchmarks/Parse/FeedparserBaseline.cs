namespace FeedWatch.Benchmarks.Parse;

/// <summary>
/// Python feedparser's speed on the corpus, the yardstick for FeedWatch's target. The corpus README gives
/// no speed figure, so the default was measured with bench/feedparser_baseline.py on the benchmark machine;
/// re-measure there and pass <c>--feedparser-items-per-sec</c> on other hardware.
/// </summary>
/// <param name="CorpusMegabytesPerSecond">Null when unknown: the same bytes make MB/s the fairer ratio, since
/// feedparser 6.0.10 reads no JSON Feed and so counts fewer items than FeedWatch on the same corpus.</param>
internal sealed record FeedparserBaseline(double CorpusItemsPerSecond, double? CorpusMegabytesPerSecond, string Source)
{
    // 2,046 items and 6.70 MB in a median 1.95 s per pass, 2025-11-25 (bench/README.md).
    public static FeedparserBaseline Measured { get; } =
        new(1_051, 3.44, "bench/feedparser_baseline.py: feedparser 6.0.10, Python 3.11, same 2-core machine (bench/README.md)");

    public static FeedparserBaseline Given(double itemsPerSecond) =>
        new(itemsPerSecond, null, "given with --feedparser-items-per-sec");
}

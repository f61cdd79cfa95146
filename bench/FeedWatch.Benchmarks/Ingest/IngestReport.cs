namespace FeedWatch.Benchmarks.Ingest;

/// <param name="ExpectedAfterShift">Distinct links after polling version 0 and then the shifted version.</param>
internal sealed record IngestReport(IngestSettings Settings, string SourceVersion, FeedManifest Feeds, int ExpectedAfterShift, IReadOnlyList<IngestRun> Runs)
{
    public bool AllChecksPassed => Runs.All(run => run.Problems().Count == 0);
}

namespace FeedWatch.Benchmarks.Ingest;

/// <param name="StoredItems">Items in the store after the run (genfeeds' unique links); null when nothing is counted.</param>
internal sealed record IngestExpectation(HttpStatusCounts Http, int? StoredItems);

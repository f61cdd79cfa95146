namespace FeedWatch.Benchmarks.Parse;

/// <summary>What one pass over a workload produced: entries read and documents the parser gave up on.</summary>
internal readonly record struct ParseTally(long Items, int FailedDocuments);

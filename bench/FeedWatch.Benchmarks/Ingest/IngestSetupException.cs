namespace FeedWatch.Benchmarks.Ingest;

/// <summary>A tool the benchmark needs (python3, genfeeds.py, serve.py, dotnet publish, the CLI) failed; nothing was measured.</summary>
internal sealed class IngestSetupException(string message) : Exception(message);

namespace FeedWatch.Benchmarks.Ingest;

/// <param name="Shift">New items per feed before the third run (genfeeds.py --shift), 1 … Items.</param>
/// <param name="Keep">Leave the scratch folder (feeds, config, database, published binaries) for a look afterwards.</param>
internal sealed record IngestSettings(int Feeds, int Items, int Shift, bool Keep);

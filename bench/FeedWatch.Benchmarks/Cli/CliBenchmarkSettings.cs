namespace FeedWatch.Benchmarks.Cli;

/// <param name="Items">1,000,000 for the figures; fewer only to try the benchmark out quickly.</param>
/// <param name="Runs">Timed runs of each command, after one warm-up run that is not counted.</param>
internal sealed record CliBenchmarkSettings(string DatabasePath, bool Rebuild, int Items, int Feeds, int Runs, bool Keep)
{
    public static string DefaultDatabasePath(int items) =>
        Path.Combine(Path.GetTempPath(), "feedwatch-cli-bench", items == 1_000_000 ? "1m.db" : $"{items}.db");

    /// <summary>Beside the database, so a kept database keeps the config that reads it.</summary>
    public string ConfigPath => Path.ChangeExtension(DatabasePath, ".json");
}

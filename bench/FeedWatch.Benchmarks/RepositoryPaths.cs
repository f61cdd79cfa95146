namespace FeedWatch.Benchmarks;

/// <summary>
/// The repository (the folder holding FeedWatch.sln) and the shared/ folder beside it.
/// Mirrors tests/FeedWatch.Core.Tests/Support/RepositoryPaths: a benchmark must not reference a test project.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CorpusFeeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "feeds"));

    /// <summary>genfeeds.py and serve.py (shared/tools/README.md).</summary>
    public static string SharedTools => Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools"));

    public static string SampleConfig => Path.Combine(Root, "config", "feedwatch.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FeedWatch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FeedWatch.sln above {AppContext.BaseDirectory}: run the benchmark from inside the repository.");
    }
}

namespace FeedWatch.Core.Tests.Support;

/// <summary>Finds the repository (the folder holding FeedWatch.sln) and the shared/ folder CI puts beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string CorpusFeeds => Path.Combine(Corpus, "feeds");

    public static string Watch => Path.Combine(Shared, "watch");

    public static string Config => Path.Combine(Root, "config");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FeedWatch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FeedWatch.sln above {AppContext.BaseDirectory}.");
    }
}

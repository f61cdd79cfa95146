using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Support;

/// <summary>Every entry of every corpus file the parser can read, with the file's name for assertion messages.</summary>
public static class CorpusEntries
{
    public static IEnumerable<(string File, ParsedEntry Entry)> All()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.CorpusFeeds, "*", SearchOption.AllDirectories))
        {
            if (FeedParser.Parse(File.ReadAllBytes(path), contentType: null) is not ParseResult.Success parsed)
            {
                continue;
            }

            foreach (var entry in parsed.Feed.Entries)
            {
                yield return (Path.GetFileName(path), entry);
            }
        }
    }
}

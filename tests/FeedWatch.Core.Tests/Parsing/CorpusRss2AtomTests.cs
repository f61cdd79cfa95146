using FeedWatch.Core.Parsing;
using FeedWatch.Core.Tests.Support;
using Xunit.Abstractions;

namespace FeedWatch.Core.Tests.Parsing;

public sealed class CorpusRss2AtomTests(ITestOutputHelper output)
{
    private static readonly List<string> RelativePaths =
        Directory.EnumerateFiles(RepositoryPaths.CorpusFeeds, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.CorpusFeeds, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    // <rss version="2.1">: System.ServiceModel.Syndication throws NotSupportedException for it.
    private const string Rss21Path = "gofeed/testdata/parser/rss/version_rss_21.xml";

    public static TheoryData<string> CorpusFiles => new(RelativePaths);

    [Fact]
    public void CorpusFiles_SharedCorpus_AreAllPresent() =>
        // 313 files per the corpus README.
        Assert.Equal(313, RelativePaths.Count);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Parse_CorpusFile_ReturnsSuccessOrFailureWithoutThrowing(string path)
    {
        var result = FeedParser.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.CorpusFeeds, path)));

        Assert.True(result is ParseResult.Success or ParseResult.Failure { Reason.Length: > 0 });
    }

    [Fact]
    public void Parse_UnsupportedRss2MinorVersion_ReturnsFailure()
    {
        var result = FeedParser.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.CorpusFeeds, Rss21Path)));

        Assert.True(result is ParseResult.Success { Feed.Entries.Count: 0 } or ParseResult.Failure);
    }

    [Fact]
    public void Parse_Rss20AndAtom10CorpusFiles_MostParseSuccessfully()
    {
        var comparison = CorpusComparison.Instance;
        output.WriteLine(comparison.Table());
        foreach (var group in comparison.Failures.GroupBy(f => f.Reason).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{group.Count()} x {group.Key}");
            foreach (var (path, _) in group)
            {
                output.WriteLine($"    {path}");
            }
        }

        // Measured when written: 173 of 195 files (88.7 %) parse; the rest are listed in the output.
        Assert.Equal(195, comparison.Candidates);
        Assert.True(comparison.ParsedShare >= 0.87, $"Only {comparison.Parsed} of {comparison.Candidates} parsed.");
    }

    [Fact]
    public void Parse_Rss20AndAtom10CorpusFiles_AgreeWithOracleAboveFloor()
    {
        var comparison = CorpusComparison.Instance;
        output.WriteLine(comparison.Table());
        output.WriteLine("Entry count mismatches:");
        comparison.CountMismatches.ForEach(output.WriteLine);
        foreach (var field in CorpusComparison.Fields)
        {
            output.WriteLine($"{field} disagreements:");
            comparison.Disagreements[field].ForEach(d => output.WriteLine("    " + d));
        }

        // Measured when written, over the 173 parsed files (1714 entries), agree + accepted differences:
        // count 173/173 (100 %), id 1714 (100 %), link 1713 (99.9 %), title 1707 (99.6 %), published 1698 (99.1 %).
        // Strictly equal before accepted differences: id 1713, link 1698, title 1560 (mostly double-encoded UTF-8), published 1677.
        Assert.True(comparison.CountShare >= 0.98, $"Entry counts agree on {comparison.CountShare:P1} of parsed files.");
        Assert.True(comparison.Share("id") >= 0.99, $"ids agree on {comparison.Share("id"):P1}.");
        Assert.True(comparison.Share("link") >= 0.99, $"links agree on {comparison.Share("link"):P1}.");
        Assert.True(comparison.Share("title") >= 0.99, $"titles agree on {comparison.Share("title"):P1}.");
        Assert.True(comparison.Share("published") >= 0.98, $"dates agree on {comparison.Share("published"):P1}.");
    }
}

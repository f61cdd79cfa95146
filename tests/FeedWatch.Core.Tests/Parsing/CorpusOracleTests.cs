using FeedWatch.Core.Parsing;
using FeedWatch.Core.Tests.Support;
using Xunit.Abstractions;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Every file of the shared corpus against feedparser's reading of it (corpus README, "How a C#
/// test should compare"). Disagreements judged in FeedWatch's favour are in <see cref="KnownOracleDifferences"/>.
/// </summary>
public sealed class CorpusOracleTests(ITestOutputHelper output)
{
    private static readonly List<string> RelativePaths =
        Directory.EnumerateFiles(RepositoryPaths.CorpusFeeds, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.CorpusFeeds, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

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
    public void Parse_EveryCorpusFile_AgreesWithOracleAboveFloors()
    {
        var comparison = CorpusComparison.Instance;
        output.WriteLine(comparison.Table());
        WriteList("Exceptions", comparison.Exceptions);
        WriteList("Format family mismatches", comparison.DetectionMismatches);
        WriteList("Parse failures", comparison.Failures.Select(f => $"{f.Path}: {f.Reason}"));
        WriteList("Entry count mismatches", comparison.CountMismatches);
        foreach (var field in CorpusComparison.Fields)
        {
            WriteList($"{field} disagreements", comparison.Disagreements[field]);
        }

        Assert.Equal(313, comparison.Files);
        Assert.Empty(comparison.Exceptions);
        Assert.Empty(comparison.DetectionMismatches);
        // Floors from issue 4; the measured figures are in the table above and the issue note.
        Assert.True(comparison.CountShare >= 0.97, $"Entry counts agree on {comparison.CountShare:P1} of files.");
        Assert.True(comparison.Share("id") >= 0.95, $"ids agree on {comparison.Share("id"):P1}.");
        Assert.True(comparison.Share("link") >= 0.95, $"links agree on {comparison.Share("link"):P1}.");
        Assert.True(comparison.Share("title") >= 0.95, $"titles agree on {comparison.Share("title"):P1}.");
        Assert.True(comparison.Share("published") >= 0.93, $"dates agree on {comparison.Share("published"):P1}.");
    }

    [Fact]
    public void KnownOracleDifferences_EveryListedDifference_StillOccurs()
    {
        var comparison = CorpusComparison.Instance;

        Assert.Empty(KnownOracleDifferences.Unused(comparison.UsedKnownDifferences));
    }

    private void WriteList(string heading, IEnumerable<string> lines)
    {
        output.WriteLine($"{heading}:");
        foreach (var line in lines)
        {
            output.WriteLine("    " + line);
        }
    }
}

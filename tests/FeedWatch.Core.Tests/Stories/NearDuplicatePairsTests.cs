using System.Globalization;
using System.Text.Json;
using FeedWatch.Core.Stories;
using FeedWatch.Core.Tests.Support;
using Xunit.Abstractions;

namespace FeedWatch.Core.Tests.Stories;

/// <summary>The labelled pairs of Stories/pairs.jsonl (README.md beside it): is each pair one story or two?</summary>
public sealed class NearDuplicatePairsTests(ITestOutputHelper output)
{
    private static readonly string PairsPath = Path.Combine(RepositoryPaths.Root, "tests", "FeedWatch.Core.Tests", "Stories", "pairs.jsonl");

    private sealed record Side(string Title, string Summary, DateTime Published);

    private sealed record Pair(string Id, string Kind, bool Same, Side A, Side B);

    private static List<Pair> LoadPairs() =>
        [.. File.ReadLines(PairsPath).Where(line => line.Trim().Length > 0).Select(line =>
        {
            var json = JsonDocument.Parse(line).RootElement;
            return new Pair(json.GetProperty("id").GetString()!, json.GetProperty("kind").GetString()!, json.GetProperty("same").GetBoolean(), SideOf(json.GetProperty("a")), SideOf(json.GetProperty("b")));
        })];

    private static Side SideOf(JsonElement side) => new(
        side.GetProperty("title").GetString() ?? "",
        side.GetProperty("summary").GetString() ?? "",
        DateTime.Parse(side.GetProperty("published").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));

    [Fact]
    public void SameStory_LabelledPairs_PrecisionAtLeast95AndRecallAtLeast90()
    {
        var rule = new NearDuplicates();
        AssertPrecisionAndRecall("the rule on word sets", pair => rule.SameStory(
            ContentWords.Of(pair.A.Title, pair.A.Summary), pair.A.Published,
            ContentWords.Of(pair.B.Title, pair.B.Summary), pair.B.Published));
    }

    /// <summary>What the store does: the first item is in the story index, the second looks its story up.</summary>
    [Fact]
    public void StoryIndex_LabelledPairs_PrecisionAtLeast95AndRecallAtLeast90()
    {
        var rule = new NearDuplicates();
        AssertPrecisionAndRecall("the story index", pair =>
        {
            var index = new StoryIndex(TimeSpan.FromDays(4));
            index.Add(1, 1, pair.A.Published, pair.A.Published, StoryWords.Of(pair.A.Title, pair.A.Summary, ""));
            return index.FindStory(StoryWords.Of(pair.B.Title, pair.B.Summary, ""), pair.B.Published, rule) is not null;
        });
    }

    private void AssertPrecisionAndRecall(string what, Func<Pair, bool> sameStory)
    {
        var pairs = LoadPairs();
        Assert.True(pairs.Count >= 80, $"only {pairs.Count} pairs");
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var pair in pairs)
        {
            var said = sameStory(pair);
            if (said && pair.Same)
            {
                truePositives++;
            }
            else if (said)
            {
                falsePositives++;
                output.WriteLine($"wrongly merged: {pair.Id} ({pair.Kind})");
            }
            else if (pair.Same)
            {
                falseNegatives++;
                output.WriteLine($"missed: {pair.Id} ({pair.Kind})");
            }
        }

        var precision = (double)truePositives / Math.Max(1, truePositives + falsePositives);
        var recall = (double)truePositives / Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"{what}, {pairs.Count} pairs: precision {precision:P1}, recall {recall:P1} ({truePositives} found, {falsePositives} wrongly merged, {falseNegatives} missed)");
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.90, $"recall {recall:P1}");
    }
}

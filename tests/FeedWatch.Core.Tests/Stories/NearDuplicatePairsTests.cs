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
        var pairs = LoadPairs();
        Assert.True(pairs.Count >= 80, $"only {pairs.Count} pairs");
        var rule = new NearDuplicates();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var pair in pairs)
        {
            var said = rule.SameStory(
                ContentWords.Of(pair.A.Title, pair.A.Summary), pair.A.Published,
                ContentWords.Of(pair.B.Title, pair.B.Summary), pair.B.Published);
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
        output.WriteLine($"{pairs.Count} pairs: precision {precision:P1}, recall {recall:P1} ({truePositives} found, {falsePositives} wrongly merged, {falseNegatives} missed)");
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.90, $"recall {recall:P1}");
    }
}

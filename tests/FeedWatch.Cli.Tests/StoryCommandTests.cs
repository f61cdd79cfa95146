using System.Globalization;
using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using static FeedWatch.Cli.Tests.Support.StoriesDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class StoryCommandTests(StoriesDatabase db) : IClassFixture<StoriesDatabase>
{
    private string Id(string title) => db.IdOf(title).ToString(CultureInfo.InvariantCulture);

    private Task<CliResult> StoryAsync(string title, params string[] options) => db.RunAsync(["story", Id(title), .. options]);

    /// <summary>The lines of one report in the timeline: its heading (time, feed, id) and the lines indented under it.</summary>
    private static List<string> Report(CliResult result, string title)
    {
        var lines = result.Out.Split(Environment.NewLine).ToList();
        var titleLine = lines.IndexOf("    " + title);
        var end = lines.FindIndex(titleLine + 1, line => !line.StartsWith("    ", StringComparison.Ordinal));
        return lines[(titleLine - 1)..end];
    }

    private static JsonElement Member(JsonElement story, int itemId) =>
        story.GetProperty("timeline").EnumerateArray().Single(member => member.GetProperty("itemId").GetInt32() == itemId);

    [Fact]
    public async Task Story_ByStoryId_PrintsHeadlineOfFirstReportAndCounts()
    {
        var result = await StoryAsync(WireBajaurTitle);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"Story {Id(WireBajaurTitle)}  {WireBajaurTitle}",
                "Sources:         4 (wire, daily, aggregator, mirror)",
                "Items:           3",
                "First reported:  2026-11-02 06:10 +00:00 by wire",
                "Last seen:       2026-11-02 09:30 +00:00",
                "Rules:           TTP",
            ],
            result.Lines().Take(6));
    }

    [Fact]
    public async Task Story_ByMemberItemId_ShowsTheSameStory()
    {
        var byStory = await StoryAsync(WireBajaurTitle);

        var byMember = await StoryAsync(AggregatorBajaurTitle);

        Assert.Equal(0, byMember.ExitCode);
        Assert.Equal(byStory.Out, byMember.Out);
    }

    [Fact]
    public async Task Story_Timeline_OldestReportFirstWithFeedAndItemId()
    {
        var result = await StoryAsync(DailyBajaurTitle);

        var headings = result.Lines().Where(line => line.StartsWith("  2026-", StringComparison.Ordinal));
        Assert.Equal(
            [
                $"  2026-11-02 06:10 +00:00  wire  #{Id(WireBajaurTitle)}",
                $"  2026-11-02 07:00 +00:00  daily  #{Id(DailyBajaurTitle)}",
                $"  2026-11-02 09:00 +00:00  aggregator (also mirror)  #{Id(AggregatorBajaurTitle)}",
            ],
            headings);
    }

    [Fact]
    public async Task Story_Timeline_FirstReportHasTitleAndLinkAndNoDifferences()
    {
        var result = await StoryAsync(WireBajaurTitle);

        Assert.Equal(
            [$"  2026-11-02 06:10 +00:00  wire  #{Id(WireBajaurTitle)}", "    " + WireBajaurTitle, "    " + WireBajaurLink],
            Report(result, WireBajaurTitle));
    }

    [Fact]
    public async Task Story_Timeline_LaterReportShowsRevisedFigureAndChangedWords()
    {
        var result = await StoryAsync(WireBajaurTitle);

        Assert.Equal(
            [
                $"  2026-11-02 07:00 +00:00  daily  #{Id(DailyBajaurTitle)}",
                "    " + DailyBajaurTitle,
                "    " + DailyBajaurLink,
                "    numbers not in the first report:  15",
                "    numbers only in the first report: 12",
                "    words not in the first report:    storm; adding; search; operation; way",
                "    words only in the first report:   attack; banned; district; killing",
            ],
            Report(result, DailyBajaurTitle));
    }

    [Fact]
    public async Task Story_Timeline_ShorterCopyListsOnlyWhatItLeftOut()
    {
        var result = await StoryAsync(WireBajaurTitle);

        Assert.Equal("    words only in the first report:   attack; martyred; military; media; wing", Report(result, AggregatorBajaurTitle)[^1]);
        Assert.DoesNotContain(Report(result, AggregatorBajaurTitle), line => line.Contains("numbers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Story_OneItemStory_PrintsOneEntryTimeline()
    {
        var result = await StoryAsync(CabinetTitle);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"Story {Id(CabinetTitle)}  {CabinetTitle}",
                "Sources:         1 (wire)",
                "Items:           1",
                "First reported:  2026-11-02 06:00 +00:00 by wire",
                "Last seen:       2026-11-02 06:30 +00:00",
                "Timeline (oldest report first):",
                $"  2026-11-02 06:00 +00:00  wire  #{Id(CabinetTitle)}",
                "    " + CabinetTitle,
                "    https://wire.example/budget",
            ],
            result.Lines());
    }

    [Fact]
    public async Task Story_UnknownId_ExitsTwoNamingTheId()
    {
        var result = await db.RunAsync("story", "9999");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No story or item with id 9999", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Story_CsvFormat_IsUsageErrorPointingAtStories()
    {
        var result = await StoryAsync(WireBajaurTitle, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("stories --format csv", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Story_HostileTitle_ReachesNoTerminalControl()
    {
        var result = await StoryAsync(HostileTitle);

        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", result.Out, StringComparison.Ordinal);
        Assert.Equal($"Story {Id(HostileTitle)}  TTP warning issued", result.Lines()[0]);
    }

    [Fact]
    public async Task Story_Json_StoryFieldsAsStoriesListsThem()
    {
        var story = (await StoryAsync(AggregatorBajaurTitle, "--format", "json")).Json();

        Assert.Equal(db.IdOf(WireBajaurTitle), story.GetProperty("storyId").GetInt32());
        Assert.Equal(WireBajaurTitle, story.GetProperty("title").GetString());
        Assert.Equal("wire", story.GetProperty("firstFeed").GetString());
        Assert.Equal(3, story.GetProperty("itemCount").GetInt32());
        Assert.Equal(["wire", "daily", "aggregator", "mirror"], story.GetProperty("sources").EnumerateArray().Select(source => source.GetString()));
    }

    [Fact]
    public async Task Story_Json_TimelineOldestFirstWithReportedTimes()
    {
        var story = (await StoryAsync(WireBajaurTitle, "--format", "json")).Json();

        var timeline = story.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal([db.IdOf(WireBajaurTitle), db.IdOf(DailyBajaurTitle), db.IdOf(AggregatorBajaurTitle)], timeline.Select(member => member.GetProperty("itemId").GetInt32()));
        Assert.Equal(["2026-11-02T06:10:00Z", "2026-11-02T07:00:00Z", "2026-11-02T09:00:00Z"], timeline.Select(member => member.GetProperty("reportedAt").GetString()));
    }

    [Fact]
    public async Task Story_Json_FirstReportHasNullDifferences()
    {
        var story = (await StoryAsync(WireBajaurTitle, "--format", "json")).Json();

        var first = Member(story, db.IdOf(WireBajaurTitle));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("differences").ValueKind);
        Assert.Equal(WireBajaurLink, first.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Story_Json_LaterReportCarriesItsDifferences()
    {
        var story = (await StoryAsync(WireBajaurTitle, "--format", "json")).Json();

        var differences = Member(story, db.IdOf(DailyBajaurTitle)).GetProperty("differences");
        Assert.Equal(["15"], Strings(differences, "numbersOnlyHere"));
        Assert.Equal(["12"], Strings(differences, "numbersOnlyInFirst"));
        Assert.Equal(["storm", "adding", "search", "operation", "way"], Strings(differences, "wordsOnlyHere"));
        Assert.Equal(["attack", "banned", "district", "killing"], Strings(differences, "wordsOnlyInFirst"));
    }

    [Fact]
    public async Task Story_Json_ItemCarriedByTwoFeedsListsTheOther()
    {
        var story = (await StoryAsync(WireBajaurTitle, "--format", "json")).Json();

        var aggregator = Member(story, db.IdOf(AggregatorBajaurTitle));
        Assert.Equal("aggregator", aggregator.GetProperty("feed").GetString());
        Assert.Equal(["mirror"], Strings(aggregator, "otherSources"));
    }

    private static IEnumerable<string?> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(value => value.GetString());
}

using System.Globalization;
using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using static FeedWatch.Cli.Tests.Support.StoriesDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class StoriesCommandTests(StoriesDatabase db) : IClassFixture<StoriesDatabase>
{
    private string Id(string title) => db.IdOf(title).ToString(CultureInfo.InvariantCulture);

    /// <summary>The story ids of a table, in printed order.</summary>
    private static List<string> StoryIds(CliResult result) => [.. result.Lines().Skip(1).Select(line => line.Split(' ')[0])];

    private static List<int> JsonStoryIds(CliResult result) => [.. result.Json().EnumerateArray().Select(story => story.GetProperty("storyId").GetInt32())];

    [Fact]
    public async Task Stories_Table_PrintsColumnHeaders()
    {
        var result = await db.RunAsync("stories");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["STORY", "SOURCES", "ITEMS", "FIRST OUTLET", "FIRST REPORTED", "LAST SEEN", "RULES", "TITLE"], TableRows.Header(result.Out));
    }

    [Fact]
    public async Task Stories_Table_EachStoryOnceNewestFirst()
    {
        var result = await db.RunAsync("stories");

        Assert.Equal([Id(HostileTitle), Id(DailyTorkhamTitle), Id(WireBajaurTitle), Id(CabinetTitle), Id(KhyberTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_Table_RowShowsCountsFirstOutletAndFirstHeadline()
    {
        var result = await db.RunAsync("stories");

        Assert.Equal(
            [Id(WireBajaurTitle), "4", "3", "wire", "2026-11-02 06:10 +00:00", "2026-11-02 09:30 +00:00", "TTP", WireBajaurTitle],
            TableRows.Row(result.Out, Id(WireBajaurTitle)));
    }

    [Fact]
    public async Task Stories_Table_FirstOutletIsWhoPublishedFirstNotWhoWasPolledFirst()
    {
        var result = await db.RunAsync("stories");

        // The daily's Torkham report was published at 07:10, three hours before the wire's.
        var row = TableRows.Row(result.Out, Id(DailyTorkhamTitle));
        Assert.Equal(["2", "2", "daily", "2026-11-02 07:10 +00:00", "2026-11-02 10:30 +00:00"], row.Skip(1).Take(5));
        Assert.Equal(DailyTorkhamTitle, row[^1]);
    }

    [Fact]
    public async Task Stories_Table_HostileTitleReachesNoTerminalControl()
    {
        var result = await db.RunAsync("stories");

        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", result.Out, StringComparison.Ordinal);
        Assert.Equal("TTP warning issued", TableRows.Row(result.Out, Id(HostileTitle))[^1]);
    }

    [Fact]
    public async Task Stories_Flagged_LeavesOutStoriesWithoutAMatch()
    {
        var result = await db.RunAsync("stories", "--flagged");

        Assert.Equal([Id(HostileTitle), Id(DailyTorkhamTitle), Id(WireBajaurTitle), Id(KhyberTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_Rule_OnlyStoriesWithAnItemFlaggedByIt()
    {
        var result = await db.RunAsync("stories", "--rule", "TTP");

        Assert.Equal([Id(HostileTitle), Id(WireBajaurTitle), Id(KhyberTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_RuleSince24h_OnlyTodaysStoriesForTheRule()
    {
        var result = await db.RunAsync("stories", "--rule", "TTP", "--since", "24h");

        Assert.Equal([Id(HostileTitle), Id(WireBajaurTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_Feed_StoriesThatFeedCarriedShowAllTheirSources()
    {
        var result = await db.RunAsync("stories", "--feed", "daily", "--format", "json");

        Assert.Equal([db.IdOf(DailyTorkhamTitle), db.IdOf(WireBajaurTitle)], JsonStoryIds(result));
        Assert.Equal(["wire", "daily", "aggregator", "mirror"],
            result.Json()[1].GetProperty("sources").EnumerateArray().Select(source => source.GetString()));
    }

    [Fact]
    public async Task Stories_MinSources2_OnlyStoriesCarriedByTwoFeeds()
    {
        var result = await db.RunAsync("stories", "--min-sources", "2");

        Assert.Equal([Id(DailyTorkhamTitle), Id(WireBajaurTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_MinSources3_CountsFeedsNotItems()
    {
        // Bajaur: three items from four feeds (the mirror carries the aggregator's item); Torkham: two and two.
        var result = await db.RunAsync("stories", "--min-sources", "3");

        Assert.Equal([Id(WireBajaurTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_Limit_CountsStoriesNotItems()
    {
        var result = await db.RunAsync("stories", "--limit", "3");

        Assert.Equal([Id(HostileTitle), Id(DailyTorkhamTitle), Id(WireBajaurTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_LimitWithMinSources_LimitCountsStoriesPrinted()
    {
        var result = await db.RunAsync("stories", "--min-sources", "2", "--limit", "1");

        Assert.Equal([Id(DailyTorkhamTitle)], StoryIds(result));
    }

    [Fact]
    public async Task Stories_MinSourcesZero_IsUsageError()
    {
        var result = await db.RunAsync("stories", "--min-sources", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-sources must be a positive number.", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Stories_Search_StoryOfTwoMatchingItemsListedOnce()
    {
        var result = await db.RunAsync("stories", "--search", "Torkham", "--format", "json");

        var story = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal(db.IdOf(DailyTorkhamTitle), story.GetProperty("storyId").GetInt32());
        Assert.Equal(2, story.GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Stories_NothingMatches_EmptyTableSaysSoOnStderrAndSucceeds()
    {
        var result = await db.RunAsync("stories", "--feed", "nobody");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Lines());
        Assert.Contains("No stories match.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_Json_StoryHasItsStableShape()
    {
        var result = await db.RunAsync("stories", "--format", "json");

        var story = result.Json().EnumerateArray().Single(s => s.GetProperty("storyId").GetInt32() == db.IdOf(WireBajaurTitle));
        Assert.Equal(
            ["storyId", "title", "firstItemId", "firstFeed", "firstReportedAt", "lastSeen", "sources", "itemCount", "rules"],
            story.EnumerateObject().Select(property => property.Name));
        Assert.Equal(WireBajaurTitle, story.GetProperty("title").GetString());
        Assert.Equal(db.IdOf(WireBajaurTitle), story.GetProperty("firstItemId").GetInt32());
        Assert.Equal("wire", story.GetProperty("firstFeed").GetString());
        Assert.Equal("2026-11-02T06:10:00Z", story.GetProperty("firstReportedAt").GetString());
        Assert.Equal("2026-11-02T09:30:00Z", story.GetProperty("lastSeen").GetString());
        Assert.Equal(3, story.GetProperty("itemCount").GetInt32());
        Assert.Equal(["TTP"], story.GetProperty("rules").EnumerateArray().Select(rule => rule.GetString()));
    }

    [Fact]
    public async Task Stories_Piped_DefaultsToNdjsonOneStoryALine()
    {
        var result = await db.RunPipedAsync("stories", "--min-sources", "2");

        var lines = result.Lines();
        Assert.Equal(2, lines.Count);
        var torkham = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(db.IdOf(DailyTorkhamTitle), torkham.GetProperty("storyId").GetInt32());
        Assert.Equal(["daily", "wire"], torkham.GetProperty("sources").EnumerateArray().Select(source => source.GetString()));
    }

    [Fact]
    public async Task Stories_Csv_HeaderAndRowWithSourcesSpaceSeparated()
    {
        var result = await db.RunAsync("stories", "--format", "csv", "--min-sources", "3");

        Assert.Equal(
            [
                "storyId,title,firstItemId,firstFeed,firstReportedAt,lastSeen,sources,itemCount,rules",
                $"{Id(WireBajaurTitle)},\"{WireBajaurTitle}\",{Id(WireBajaurTitle)},wire,2026-11-02T06:10:00Z,2026-11-02T09:30:00Z,wire daily aggregator mirror,3,TTP",
            ],
            result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Stories_Csv_HostileTitleReachesNoTerminalControl()
    {
        var result = await db.RunAsync("stories", "--format", "csv", "--rule", "TTP", "--limit", "1");

        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", result.Out, StringComparison.Ordinal);
        Assert.StartsWith($"{Id(HostileTitle)},TTP warning issued,", result.Out.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_Json_HostileTitleKeptAsDataWithControlCharactersEscaped()
    {
        var result = await db.RunAsync("stories", "--format", "json", "--limit", "1");

        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.Equal(HostileTitle, result.Json()[0].GetProperty("title").GetString());
    }
}

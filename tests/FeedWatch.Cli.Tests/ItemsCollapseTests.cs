using System.Globalization;
using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using static FeedWatch.Cli.Tests.Support.StoriesDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class ItemsCollapseTests(StoriesDatabase db) : IClassFixture<StoriesDatabase>
{
    private string Id(string title) => db.IdOf(title).ToString(CultureInfo.InvariantCulture);

    private static List<string> RowIds(CliResult result) => [.. result.Lines().Skip(1).Select(line => line.Split(' ')[0])];

    private static JsonElement ItemWithTitle(CliResult result, string title) =>
        result.Json().EnumerateArray().Single(item => item.GetProperty("title").GetString() == title);

    [Fact]
    public async Task Items_WithoutCollapse_ListsEveryCopy()
    {
        var result = await db.RunAsync("items");

        Assert.Equal(8, RowIds(result).Count);
        Assert.Equal(["ID", "FIRST SEEN", "SOURCES", "FLAGS", "TITLE"], TableRows.Header(result.Out));
    }

    [Fact]
    public async Task ItemsCollapse_StoryOfThreeItemsShowsOnceAsItsNewestItem()
    {
        var result = await db.RunAsync("items", "--collapse");

        Assert.Equal([Id(HostileTitle), Id(WireTorkhamTitle), Id(AggregatorBajaurTitle), Id(CabinetTitle), Id(KhyberTitle)], RowIds(result));
    }

    [Fact]
    public async Task ItemsCollapse_Table_StoryColumnCountsCopiesAndSources()
    {
        var result = await db.RunAsync("items", "--collapse");

        Assert.Equal(["ID", "FIRST SEEN", "SOURCES", "FLAGS", "STORY", "TITLE"], TableRows.Header(result.Out));
        Assert.Equal(
            [Id(AggregatorBajaurTitle), "2026-11-02 09:30 +00:00", "aggregator,mirror", "TTP", $"{Id(WireBajaurTitle)} +2 copies, 4 sources", AggregatorBajaurTitle],
            TableRows.Row(result.Out, Id(AggregatorBajaurTitle)));
        Assert.Equal($"{Id(DailyTorkhamTitle)} +1 copy, 2 sources", TableRows.Row(result.Out, Id(WireTorkhamTitle))[4]);
    }

    [Fact]
    public async Task ItemsCollapse_Table_StoryOfOneItemShowsJustItsId()
    {
        var result = await db.RunAsync("items", "--collapse");

        Assert.Equal(Id(KhyberTitle), TableRows.Row(result.Out, Id(KhyberTitle))[4]);
    }

    [Fact]
    public async Task ItemsCollapse_SortOldest_StoryShowsAsItsOldestItem()
    {
        var result = await db.RunAsync("items", "--collapse", "--sort", "oldest", "--flagged");

        Assert.Equal([Id(KhyberTitle), Id(WireBajaurTitle), Id(DailyTorkhamTitle), Id(HostileTitle)], RowIds(result));
    }

    [Fact]
    public async Task ItemsCollapse_Flagged_OneRowPerFlaggedStory()
    {
        var result = await db.RunAsync("items", "--collapse", "--flagged");

        Assert.Equal([Id(HostileTitle), Id(WireTorkhamTitle), Id(AggregatorBajaurTitle), Id(KhyberTitle)], RowIds(result));
    }

    [Fact]
    public async Task ItemsCollapse_Limit_CountsStories()
    {
        var result = await db.RunAsync("items", "--collapse", "--limit", "3");

        Assert.Equal([Id(HostileTitle), Id(WireTorkhamTitle), Id(AggregatorBajaurTitle)], RowIds(result));
    }

    [Fact]
    public async Task ItemsCollapse_Search_StoryWhoseCopiesAllMatchShowsOnce()
    {
        var result = await db.RunAsync("items", "--collapse", "--search", "Bajaur checkpost", "--format", "json");

        var item = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal(db.IdOf(AggregatorBajaurTitle), item.GetProperty("id").GetInt32());
        Assert.Equal(3, item.GetProperty("storyItems").GetInt32());
    }

    [Fact]
    public async Task ItemsCollapse_Json_CarriesStoryIdItemsAndSources()
    {
        var result = await db.RunAsync("items", "--collapse", "--format", "json");

        var bajaur = ItemWithTitle(result, AggregatorBajaurTitle);
        Assert.Equal(db.IdOf(WireBajaurTitle), bajaur.GetProperty("storyId").GetInt32());
        Assert.Equal(3, bajaur.GetProperty("storyItems").GetInt32());
        Assert.Equal(4, bajaur.GetProperty("storySources").GetInt32());
        var cabinet = ItemWithTitle(result, CabinetTitle);
        Assert.Equal((db.IdOf(CabinetTitle), 1, 1),
            (cabinet.GetProperty("storyId").GetInt32(), cabinet.GetProperty("storyItems").GetInt32(), cabinet.GetProperty("storySources").GetInt32()));
    }

    [Fact]
    public async Task Items_JsonWithoutCollapse_HasNoStoryFields()
    {
        var result = await db.RunAsync("items", "--format", "json");

        Assert.All(result.Json().EnumerateArray(), item => Assert.False(item.TryGetProperty("storyId", out _)));
    }

    [Fact]
    public async Task ItemsCollapse_Ndjson_OneLinePerStoryWithStoryFields()
    {
        var result = await db.RunPipedAsync("items", "--collapse", "--flagged");

        var lines = result.Lines().Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal([1, 2, 3, 1], lines.Select(line => line.GetProperty("storyItems").GetInt32()));
        Assert.Equal([1, 2, 4, 1], lines.Select(line => line.GetProperty("storySources").GetInt32()));
    }

    [Fact]
    public async Task ItemsCollapse_Csv_StoryColumnsAfterTheItemColumns()
    {
        var result = await db.RunAsync("items", "--collapse", "--format", "csv", "--feed", "mirror");

        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,firstSeen,published,sources,rules,title,link,summary,storyId,storyItems,storySources", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{Id(AggregatorBajaurTitle)},2026-11-02T09:30:00Z,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",{Id(WireBajaurTitle)},3,4", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_CsvWithoutCollapse_KeepsItsColumns()
    {
        var result = await db.RunAsync("items", "--format", "csv");

        Assert.Equal("id,firstSeen,published,sources,rules,title,link,summary", result.Out.Split("\r\n")[0]);
    }

    [Fact]
    public async Task ItemsCollapse_HostileTitle_ReachesNoTerminalControl()
    {
        var result = await db.RunAsync("items", "--collapse");

        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.Equal("TTP warning issued", TableRows.Row(result.Out, Id(HostileTitle))[^1]);
    }
}

using System.Globalization;
using FeedWatch.Cli.Tests.Support;
using static FeedWatch.Cli.Tests.Support.StoriesDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class ShowStoryLineTests(StoriesDatabase db) : IClassFixture<StoriesDatabase>
{
    private string Id(string title) => db.IdOf(title).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Show_Table_StoryLineAfterSourcesCountsItemsAndFeeds()
    {
        var lines = (await db.RunAsync("show", Id(DailyBajaurTitle))).Lines().ToList();

        Assert.Equal("Sources:     daily", lines[4]);
        Assert.Equal($"Story:       {Id(WireBajaurTitle)} (3 items from 4 sources)", lines[5]);
    }

    [Fact]
    public async Task Show_Table_ItemAloneIsAStoryOfOne()
    {
        var lines = (await db.RunAsync("show", Id(CabinetTitle))).Lines();

        Assert.Contains($"Story:       {Id(CabinetTitle)} (1 item from 1 source)", lines);
    }

    [Fact]
    public async Task Show_Json_CarriesStoryIdItemsAndSources()
    {
        var item = (await db.RunAsync("show", Id(WireTorkhamTitle), "--format", "json")).Json();

        Assert.Equal(db.IdOf(DailyTorkhamTitle), item.GetProperty("storyId").GetInt32());
        Assert.Equal(2, item.GetProperty("storyItems").GetInt32());
        Assert.Equal(2, item.GetProperty("storySources").GetInt32());
    }
}

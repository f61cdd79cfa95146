using System.Text.Json;
using System.Text.Json.Nodes;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>
/// One event reported by three outlets in three versions, polled by the real daemon in one cycle
/// (the three polls run in parallel, so they are stored in any order): one story, three sources, the
/// outlet that published first named first, and one alert — one log event and one webhook.
/// </summary>
[Collection(InProcessDaemonGroup.Name)]
public sealed class StoriesEndToEndTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    [Fact]
    public async Task ThreeOutletsOneEvent_OneStoryThreeSourcesFirstOutletAndOneAlert()
    {
        await using var fixture = await DaemonTestFixture.StartAsync();
        var webhook = new WebhookReceiver(fixture.Server, "/hook");
        fixture.Server.ServeDocument("/wire", RssBuilder.Feed("Wire",
            new TestEntry("TTP militants attack checkpost in Bajaur, two soldiers martyred", "https://wire.example/bajaur-attack", "wire-1",
                "Militants of the banned TTP attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing two soldiers, the military's media wing said. Security forces returned fire and a search operation is under way.",
                "Tue, 24 Nov 2026 06:10:00 GMT"),
            new TestEntry("Cabinet approves revised budget targets", "https://wire.example/budget", "wire-2", "The federal cabinet approved revised revenue targets for the fiscal year.", "Tue, 24 Nov 2026 05:00:00 GMT")));
        fixture.Server.ServeDocument("/daily", RssBuilder.Feed("Daily",
            new TestEntry("Two soldiers martyred as TTP militants storm Bajaur checkpost", "https://daily.example/news/2211", "daily-2211",
                "Two soldiers were martyred when TTP militants attacked a security checkpost in Bajaur's Mamund area on Tuesday night, the military's media wing said, adding that a search operation is under way.",
                "Tue, 24 Nov 2026 07:00:00 GMT")));
        fixture.Server.ServeDocument("/aggregator", RssBuilder.Feed("Aggregator",
            new TestEntry("Bajaur checkpost attacked by TTP", "https://aggregator.example/a/99", "agg-99",
                "Militants of the banned TTP attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing two soldiers.",
                "Tue, 24 Nov 2026 09:00:00 GMT")));
        var logPath = fixture.Temp.File("feedwatch.log");
        WriteConfig(fixture, webhook.Url, logPath);

        Assert.Equal(0, await fixture.RunDaemonAsync(CancellationToken.None, "--once"));

        int storyId;
        using (var store = LiteDbItemStore.OpenExisting(fixture.DatabasePath))
        {
            var items = store.Query(new ItemQuery { Limit = 100 });
            Assert.Equal(4, items.Count);
            var bajaur = items.Where(item => item.Title.Contains("Bajaur", StringComparison.Ordinal)).ToList();
            Assert.Single(bajaur.Select(item => item.StoryKey).Distinct());
            var story = store.GetStory(bajaur[0].StoryKey)!;
            storyId = story.Id;
            Assert.Equal(3, story.ItemCount);
            Assert.Equal(bajaur.Select(item => item.Id).Order(), store.GetStoryMembers(story.Id));
            Assert.Equal(["aggregator", "daily", "wire"], story.Sources.Order(StringComparer.Ordinal));
            Assert.Equal("wire", story.FirstFeedId);
            Assert.Equal(new DateTime(2026, 11, 24, 6, 10, 0, DateTimeKind.Utc), story.FirstReportedAt);
            Assert.Null(items.Single(item => item.Title.StartsWith("Cabinet", StringComparison.Ordinal)).StoryId);
        }

        var alerts = File.ReadAllLines(logPath).Where(line => line.Contains("Flagged for TTP", StringComparison.Ordinal)).ToList();
        Assert.Single(alerts);
        Assert.Equal(storyId, Assert.Single(webhook.Received).Json.GetProperty("storyId").GetInt32());
    }

    private static void WriteConfig(DaemonTestFixture fixture, Uri webhook, string logPath)
    {
        var options = TestOptions.Create(fixture.DatabasePath, fixture.Feed("wire", "/wire"), fixture.Feed("daily", "/daily"), fixture.Feed("aggregator", "/aggregator"));
        options.Watch[0].Webhook = webhook.AbsoluteUri;
        var config = JsonSerializer.SerializeToNode(options, JsonOptions)!.AsObject();
        config["Serilog"] = new JsonObject
        {
            ["Using"] = new JsonArray("Serilog.Sinks.File"),
            ["MinimumLevel"] = new JsonObject { ["Default"] = "Information" },
            ["WriteTo"] = new JsonArray(new JsonObject
            {
                ["Name"] = "File",
                ["Args"] = new JsonObject { ["path"] = logPath, ["outputTemplate"] = "{Message:lj}{NewLine}" },
            }),
        };
        File.WriteAllText(fixture.ConfigPath, config.ToJsonString(JsonOptions));
    }
}

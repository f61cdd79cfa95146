using System.Globalization;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>Retention purges by age, so the item that started a story can go while its later reports stay.</summary>
public sealed class StoryAfterRetentionTests : IDisposable
{
    private static readonly DateTimeOffset FirstPoll = new(2026, 11, 2, 6, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondPoll = new(2026, 11, 2, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThirdPoll = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Story_StartingItemPurged_StoryIdStillShowsTheReportsLeft()
    {
        var path = _temp.File("news.db");
        await using (var builder = await FeedDatabaseBuilder.StartAsync(path))
        {
            await builder.PollAsync("wire", FirstPoll, new TestEntry("Floods in Swat: 40 villages cut off, 9 dead", "https://wire.example/swat",
                Description: "Flash floods in Swat cut off 40 villages and killed 9 people, the disaster authority said.", PubDate: "Mon, 02 Nov 2026 06:00:00 GMT"));
            await builder.PollAsync("daily", SecondPoll, new TestEntry("Swat floods cut off 40 villages, 11 dead", "https://daily.example/swat",
                Description: "Flash floods in Swat have killed 11 people and cut off 40 villages, the disaster authority said.", PubDate: "Mon, 02 Nov 2026 07:00:00 GMT"));
            await builder.PollAsync("radio", ThirdPoll, new TestEntry("Swat flash floods: 40 villages cut off", "https://radio.example/swat",
                Description: "Flash floods in Swat cut off 40 villages, the disaster authority said; 13 people were killed.", PubDate: "Mon, 02 Nov 2026 09:00:00 GMT"));
        }

        int storyId, dailyId, radioId;
        using (var store = LiteDbItemStore.Open(path))
        {
            var items = store.Query(new ItemQuery { OldestFirst = true });
            Assert.Single(items.Select(item => item.StoryKey).Distinct());
            (storyId, dailyId, radioId) = (items[0].Id, items[1].Id, items[2].Id);
            var cutoff = new DateTime(2026, 11, 2, 7, 0, 0, DateTimeKind.Utc);
            store.Purge(cutoff, cutoff, DateTime.UnixEpoch, ThirdPoll.UtcDateTime);
            Assert.Null(store.GetItem(storyId));
        }

        var result = await CliRun.RunAsync("story", storyId.ToString(CultureInfo.InvariantCulture), "--db", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [$"  2026-11-02 07:00 +00:00  daily  #{dailyId}", $"  2026-11-02 09:00 +00:00  radio  #{radioId}"],
            result.Lines().Where(line => line.StartsWith("  2026-", StringComparison.Ordinal)));
        Assert.Contains("    numbers not in the first report:  13", result.Lines());
        Assert.Contains("    numbers only in the first report: 11", result.Lines());
    }
}

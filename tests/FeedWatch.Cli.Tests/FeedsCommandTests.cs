using FeedWatch.Cli.Tests.Support;

namespace FeedWatch.Cli.Tests;

public sealed class FeedsCommandTests(NewsroomDatabase db) : IClassFixture<NewsroomDatabase>
{
    [Fact]
    public async Task Feeds_Table_PrintsColumnHeaders()
    {
        var result = await db.RunAsync("feeds");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["FEED", "STATUS", "LAST POLL", "LAST SUCCESS", "FAILS", "ITEMS", "NEXT POLL", "WHY", "NOTE"], TableRows.Header(result.Out));
    }

    [Fact]
    public async Task Feeds_Table_ServerErrorFeedShowsFailingWithCountAndKind()
    {
        var result = await db.RunAsync("feeds");

        Assert.Equal(
            ["broken", "failing", "2026-11-02 08:00 +00:00", "unknown", "2", "0", "HttpStatus: HTTP 500 Internal Server Error"],
            TableRows.Row(result.Out, "broken").Where((_, column) => column is not (6 or 7)));
        // Two failures: the wait has doubled from the 15-minute interval, with up to 10 % jitter.
        Assert.Equal("back-off after 2 failures", TableRows.Row(result.Out, "broken")[7]);
    }

    [Fact]
    public async Task Feeds_Table_ClosedPortFeedShowsRefused()
    {
        var row = TableRows.Row((await db.RunAsync("feeds")).Out, "closed");

        Assert.Equal(["failing", "1"], [row[1], row[4]]);
        Assert.StartsWith("Refused: Connection refused (127.0.0.1:", row[8], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_Table_HealthyFeedShowsOkAndItemCount()
    {
        var result = await db.RunAsync("feeds");

        // beta stored two stories of its own and became the second source of alpha's TTP story.
        Assert.Equal(["beta", "ok", "2026-11-02 08:00 +00:00", "2026-11-02 08:00 +00:00", "0", "3", "2026-11-02 08:15 +00:00", "interval"], TableRows.Row(result.Out, "beta"));
    }

    [Fact]
    public async Task Feeds_Json_FailingFeedCarriesStatusCountAndError()
    {
        var feed = (await db.RunAsync("feeds", "--format", "json")).Json().EnumerateArray().Single(f => f.GetProperty("id").GetString() == "broken");

        Assert.Equal("failing", feed.GetProperty("status").GetString());
        Assert.Equal(2, feed.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("HttpStatus", feed.GetProperty("lastErrorKind").GetString());
        Assert.Equal("HTTP 500 Internal Server Error", feed.GetProperty("lastError").GetString());
        Assert.Equal("2026-11-02T08:00:00Z", feed.GetProperty("lastErrorAt").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, feed.GetProperty("lastSuccess").ValueKind);
    }

    [Fact]
    public async Task Feeds_Json_HealthyFeedCarriesStatusAndItemCount()
    {
        var feed = (await db.RunAsync("feeds", "--format", "json")).Json().EnumerateArray().Single(f => f.GetProperty("id").GetString() == "gamma");

        Assert.Equal("ok", feed.GetProperty("status").GetString());
        Assert.Equal(3, feed.GetProperty("itemCount").GetInt32());
        Assert.Equal(0, feed.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("2026-11-02T12:00:00Z", feed.GetProperty("lastSuccess").GetString());
    }

    [Fact]
    public async Task Feeds_Json_ListsEveryFeedById()
    {
        var ids = (await db.RunAsync("feeds", "--format", "json")).Json().EnumerateArray().Select(f => f.GetProperty("id").GetString());

        Assert.Equal(["alpha", "beta", "broken", "closed", "gamma"], ids);
    }

    [Fact]
    public async Task Feeds_Csv_FirstRowIsTheHeader()
    {
        var result = await db.RunAsync("feeds", "--format", "csv");

        Assert.StartsWith("id,status,lastPoll,lastSuccess,lastNewItem,failures,items,nextPoll,nextPollReason,lastError,url,movedTo\r\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_Csv_FailingFeedRowCarriesCountAndError()
    {
        var result = await db.RunAsync("feeds", "--format", "csv");

        var row = result.Out.Split("\r\n").Single(line => line.StartsWith("broken,", StringComparison.Ordinal));
        Assert.StartsWith("broken,failing,2026-11-02T08:00:00Z,,,2,0,", row, StringComparison.Ordinal);
        Assert.Contains(",HttpStatus: HTTP 500 Internal Server Error,http://127.0.0.1:", row, StringComparison.Ordinal);
    }
}

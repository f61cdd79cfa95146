using System.Globalization;
using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using static FeedWatch.Cli.Tests.Support.NewsroomDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class ItemsCommandTests(NewsroomDatabase db) : IClassFixture<NewsroomDatabase>
{
    private static readonly string[] GammaTitles = [StatementTitle, LongTitle, FormulaTitle];

    private string Id(string title) => db.IdOf(title).ToString(CultureInfo.InvariantCulture);

    private static JsonElement ItemWithTitle(CliResult result, string title) =>
        result.Json().EnumerateArray().Single(item => item.GetProperty("title").GetString() == title);

    [Fact]
    public async Task Items_Table_PrintsColumnHeaders()
    {
        var result = await db.RunAsync("items");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ID", "FIRST SEEN", "SOURCES", "FLAGS", "TITLE"], TableRows.Header(result.Out));
    }

    [Fact]
    public async Task Items_Table_ListsNewestFirst()
    {
        var result = await db.RunAsync("items");

        var rowOrder = result.Lines().Skip(1).Select(line => line.Split(' ')[0]).ToList();
        Assert.Equal(
            new[] { StatementTitle, LongTitle, FormulaTitle, TalksTitle, TorkhamTitle, BajaurTitle, PortalTitle }.Select(Id),
            rowOrder);
    }

    [Fact]
    public async Task Items_Table_RowShowsFirstSeenSourcesAndFlags()
    {
        var result = await db.RunAsync("items");

        Assert.Equal([Id(TorkhamTitle), "2026-11-02 08:00 +00:00", "beta", "Afghan-Pakistan frontier", TorkhamTitle],
            TableRows.Row(result.Out, Id(TorkhamTitle)));
    }

    [Fact]
    public async Task Items_Table_ShowsFirstSeenInConsoleZone()
    {
        var karachi = TimeZoneInfo.CreateCustomTimeZone("PKT", TimeSpan.FromHours(5), "PKT", "PKT");

        var result = await CliRun.RunAsync(["items", "--db", db.Path], CliRun.Now, karachi);

        Assert.Equal("2026-11-02 13:00 +05:00", TableRows.Row(result.Out, Id(TorkhamTitle))[1]);
    }

    [Fact]
    public async Task Items_Table_StoryFromTwoFeedsShowsBothSources()
    {
        var result = await db.RunAsync("items");

        Assert.Equal("alpha,beta", TableRows.Row(result.Out, Id(BajaurTitle))[2]);
    }

    [Fact]
    public async Task Items_Json_StoryFromTwoFeedsIsOneItemWithBothSources()
    {
        var result = await db.RunAsync("items", "--format", "json");

        Assert.Single(result.JsonTitles(), title => title == BajaurTitle);
        Assert.Equal(["alpha", "beta"], ItemWithTitle(result, BajaurTitle).GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Items_Flagged_ListsRuleMatchesButNotTheHttp500Story()
    {
        var result = await db.RunAsync("items", "--flagged", "--format", "json");

        Assert.Equal([StatementTitle, TorkhamTitle, BajaurTitle], result.JsonTitles());
    }

    [Fact]
    public async Task Items_RuleTtp_ListsOnlyTtpItems()
    {
        var result = await db.RunAsync("items", "--rule", "TTP", "--format", "json");

        Assert.Equal([StatementTitle, BajaurTitle], result.JsonTitles());
    }

    [Fact]
    public async Task Items_RuleFrontier_ListsOnlyFrontierItems()
    {
        var result = await db.RunAsync("items", "--rule", "Afghan-Pakistan frontier", "--format", "json");

        Assert.Equal([TorkhamTitle], result.JsonTitles());
    }

    [Fact]
    public async Task Items_Feed_ListsEveryItemThatFeedCarried()
    {
        var result = await db.RunAsync("items", "--feed", "beta", "--format", "json");

        Assert.Equal([TalksTitle, TorkhamTitle, BajaurTitle], result.JsonTitles());
    }

    [Fact]
    public async Task Items_SinceHours_ListsItemsFirstSeenWithinThatSpan()
    {
        // 13:00 minus 2 h is 11:00: only gamma's 12:00 poll.
        var result = await db.RunAsync("items", "--since", "2h", "--format", "json");

        Assert.Equal(GammaTitles, result.JsonTitles());
    }

    [Fact]
    public async Task Items_SinceDate_ListsItemsFirstSeenFromThatDay()
    {
        var result = await db.RunAsync("items", "--since", "2026-11-01", "--format", "json");

        Assert.Equal([.. GammaTitles, TalksTitle, TorkhamTitle], result.JsonTitles());
    }

    [Fact]
    public async Task Items_SinceDateWithoutZone_ReadsItInConsoleZone()
    {
        // Midnight on 2 November in UTC-10 is 10:00Z: after beta's 08:00 poll, before gamma's 12:00.
        var hawaii = TimeZoneInfo.CreateCustomTimeZone("HST", TimeSpan.FromHours(-10), "HST", "HST");

        var result = await CliRun.RunAsync(["items", "--since", "2026-11-02", "--format", "json", "--db", db.Path], CliRun.Now, hawaii);

        Assert.Equal(GammaTitles, result.JsonTitles());
    }

    [Fact]
    public async Task Items_SinceUtcDateTime_IgnoresConsoleZone()
    {
        // Read in UTC+5 instead of as written, 10:00 would be 05:00Z and let beta's 08:00 items in.
        var karachi = TimeZoneInfo.CreateCustomTimeZone("PKT", TimeSpan.FromHours(5), "PKT", "PKT");

        var result = await CliRun.RunAsync(["items", "--since", "2026-11-02T10:00Z", "--format", "json", "--db", db.Path], CliRun.Now, karachi);

        Assert.Equal(GammaTitles, result.JsonTitles());
    }

    [Fact]
    public async Task Items_Limit_ReturnsThatManyNewestItems()
    {
        var result = await db.RunAsync("items", "--limit", "2", "--format", "json");

        Assert.Equal([StatementTitle, LongTitle], result.JsonTitles());
    }

    [Fact]
    public async Task Items_Json_ItemCarriesTextLinkSourcesAndTimes()
    {
        var item = ItemWithTitle(await db.RunAsync("items", "--format", "json"), BajaurTitle);

        Assert.Equal(db.IdOf(BajaurTitle), item.GetProperty("id").GetInt32());
        Assert.Equal(BajaurLink, item.GetProperty("link").GetString());
        Assert.Equal(BajaurSummary, item.GetProperty("summary").GetString());
        Assert.Equal("2026-10-30T11:00:00Z", item.GetProperty("published").GetString());
        Assert.Equal("2026-10-30T12:00:00Z", item.GetProperty("firstSeen").GetString());
        Assert.Equal(["alpha", "beta"], item.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Items_Json_ItemCarriesEachMatchWithRuleTermFieldAndSnippet()
    {
        var item = ItemWithTitle(await db.RunAsync("items", "--format", "json"), BajaurTitle);

        var matches = item.GetProperty("matches").EnumerateArray()
            .Select(m => (m.GetProperty("rule").GetString(), m.GetProperty("term").GetString(), m.GetProperty("field").GetString(), m.GetProperty("snippet").GetString()));
        Assert.Equal(
        [
            ("TTP", "TTP", "title", BajaurTitle),
            ("TTP", "Tehrik-e-Taliban Pakistan", "summary", BajaurSummary),
        ], matches);
    }

    [Fact]
    public async Task Items_Json_LeavesContentOut()
    {
        var item = ItemWithTitle(await db.RunAsync("items", "--format", "json"), StatementTitle);

        Assert.False(item.TryGetProperty("content", out _));
    }

    [Fact]
    public async Task Items_Csv_FirstRowIsTheHeader()
    {
        var result = await db.RunAsync("items", "--format", "csv");

        Assert.StartsWith("id,firstSeen,published,sources,rules,title,link,summary\r\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_Csv_EndsEveryRowWithCrLf()
    {
        var result = await db.RunAsync("items", "--format", "csv");

        Assert.Equal(8, result.Out.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", result.Out.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_Csv_QuotesFieldWithCommaAndDoublesItsQuotes()
    {
        var result = await db.RunAsync("items", "--format", "csv");

        Assert.Contains(",\"Minister says \"\"talks, not war\"\" on frontier\",https://frontier.example.net/talks,", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_Csv_PrefixesFormulaTitleSoSpreadsheetsKeepItText()
    {
        var result = await db.RunAsync("items", "--format", "csv");

        Assert.Contains(",\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"details\"\")\",", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_Table_TruncatesLongTitleWithEllipsis()
    {
        var result = await db.RunAsync("items");

        var title = TableRows.Row(result.Out, Id(LongTitle))[^1];
        Assert.Equal(LongTitle[..79] + "…", title);
    }

    [Fact]
    public async Task Items_Json_KeepsLongTitleWhole()
    {
        var result = await db.RunAsync("items", "--format", "json");

        Assert.Contains(LongTitle, result.JsonTitles());
    }

    [Fact]
    public async Task Items_Csv_KeepsLongTitleWhole()
    {
        var result = await db.RunAsync("items", "--format", "csv");

        Assert.Contains($",{LongTitle},", result.Out, StringComparison.Ordinal);
    }
}

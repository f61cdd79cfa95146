using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;
using LiteDB;

namespace FeedWatch.Cli.Tests;

public sealed class StatsCommandTests(StatsDatabase db) : IClassFixture<StatsDatabase>
{
    private const string Escape = "\u001b";

    /// <summary>Every record of a json array as "day kind key" → count.</summary>
    private static Dictionary<string, int> Counts(CliResult result) =>
        result.Json().EnumerateArray().ToDictionary(
            record => $"{record.GetProperty("day").GetString()} {record.GetProperty("kind").GetString()} {record.GetProperty("key").GetString()}",
            record => record.GetProperty("count").GetInt32());

    [Fact]
    public async Task Json_Default_GivesEachDaysCountPerFeedAndPerRuleOverTheLast30Days()
    {
        var result = await db.RunAsync("stats", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new Dictionary<string, int>
        {
            ["2026-10-20 feed alpha"] = 2, ["2026-10-20 rule TTP"] = 1,
            ["2026-10-30 feed alpha"] = 2, ["2026-10-30 feed beta"] = 1, ["2026-10-30 rule TTP"] = 2, [$"2026-10-30 rule {StatsDatabase.Frontier}"] = 1,
            ["2026-11-01 feed beta"] = 3, [$"2026-11-01 feed {StatsDatabase.MarkupFeed}"] = 1, [$"2026-11-01 rule {StatsDatabase.Frontier}"] = 3,
            ["2026-11-02 feed alpha"] = 1, ["2026-11-02 rule TTP"] = 1, [$"2026-11-02 rule {StatsDatabase.Frontier}"] = 1,
        }, Counts(result));
    }

    [Fact]
    public async Task Json_Records_HaveOneStableShapeInDayKindKeyOrder()
    {
        var records = (await db.RunAsync("stats", "--format", "json")).Json().EnumerateArray().ToList();

        Assert.All(records, record => Assert.Equal(["day", "kind", "key", "count"], record.EnumerateObject().Select(p => p.Name)));
        var order = records.Select(r => (r.GetProperty("day").GetString()!, r.GetProperty("kind").GetString()!, r.GetProperty("key").GetString()!)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Csv_HasHeaderAndOneRowPerNonZeroCount()
    {
        var result = await db.RunAsync("stats", "--format", "csv");

        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("day,kind,key,count", lines[0]);
        Assert.Contains("2026-11-01,rule,Afghan-Pakistan frontier,3", lines);
        Assert.Contains("2026-10-20,feed,alpha,2", lines);
        Assert.Equal(13, lines.Length);
    }

    [Fact]
    public async Task ByFeed_GivesOnlyFeedCounts()
    {
        var counts = Counts(await db.RunAsync("stats", "--by", "feed", "--format", "json"));

        Assert.Equal(["2026-10-20 feed alpha", "2026-10-30 feed alpha", "2026-10-30 feed beta", "2026-11-01 feed [red]wire", "2026-11-01 feed beta", "2026-11-02 feed alpha"],
            counts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rule_GivesOnlyThatRulesCounts()
    {
        var counts = Counts(await db.RunAsync("stats", "--rule", "TTP", "--format", "json"));

        Assert.Equal(new Dictionary<string, int> { ["2026-10-20 rule TTP"] = 1, ["2026-10-30 rule TTP"] = 2, ["2026-11-02 rule TTP"] = 1 }, counts);
    }

    [Fact]
    public async Task Feed_GivesOnlyThatFeedsCounts()
    {
        var counts = Counts(await db.RunAsync("stats", "--feed", "beta", "--format", "json"));

        Assert.Equal(new Dictionary<string, int> { ["2026-10-30 feed beta"] = 1, ["2026-11-01 feed beta"] = 3 }, counts);
    }

    [Fact]
    public async Task SinceAndUntilDates_IncludeBothDaysAndNothingOutside()
    {
        var counts = Counts(await db.RunAsync("stats", "--since", "2026-10-30", "--until", "2026-11-01", "--by", "rule", "--format", "json"));

        Assert.Equal(new Dictionary<string, int>
        {
            ["2026-10-30 rule TTP"] = 2, [$"2026-10-30 rule {StatsDatabase.Frontier}"] = 1, [$"2026-11-01 rule {StatsDatabase.Frontier}"] = 3,
        }, counts);
    }

    [Fact]
    public async Task SinceSpan_StartsOnTheUtcDayItReaches()
    {
        // 7d before 2026-11-02 13:00Z is 2026-10-26: the 2026-10-20 counts fall outside.
        var counts = Counts(await db.RunAsync("stats", "--since", "7d", "--rule", "TTP", "--format", "json"));

        Assert.Equal(new Dictionary<string, int> { ["2026-10-30 rule TTP"] = 2, ["2026-11-02 rule TTP"] = 1 }, counts);
    }

    [Fact]
    public async Task Table_ChartsEachRuleWithItsTotalAndZeroDays_WithoutEscapesWhenColourIsOff()
    {
        var result = await db.RunPipedAsync("stats", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("TTP (rule): 4 items", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{StatsDatabase.Frontier} (rule): 5 items", result.Out, StringComparison.Ordinal);
        // 2026-10-31 had no items: the day is still a bar, of 0, in both charts.
        Assert.Equal(2, result.Lines().Count(line => line.Contains("2026-10-31", StringComparison.Ordinal) && line.TrimEnd().EndsWith(" 0", StringComparison.Ordinal)));
        Assert.DoesNotContain(Escape, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_OneChartBarPerDayOfTheRange()
    {
        var result = await db.RunPipedAsync("stats", "--rule", "TTP", "--since", "2026-10-29", "--until", "2026-11-02", "--format", "table");

        var bars = result.Lines().Where(line => line.TrimStart().StartsWith("2026-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2026-10-29", "2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"], bars.Select(line => line.Trim()[..10]));
        Assert.Equal(["0", "2", "0", "0", "1"], bars.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
    }

    [Fact]
    public async Task Table_ByFeed_PrintsMarkupInAFeedIdLiterally_BusiestFirst()
    {
        var result = await db.RunPipedAsync("stats", "--by", "feed", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[red]wire (feed): 1 item,", result.Out, StringComparison.Ordinal);
        Assert.Contains("alpha (feed): 5 items", result.Out, StringComparison.Ordinal);
        Assert.Contains("beta (feed): 4 items", result.Out, StringComparison.Ordinal);
        var labels = result.Lines().Where(line => line.Contains("(feed):", StringComparison.Ordinal)).Select(line => line.Trim().Split(' ')[0]);
        Assert.Equal(["alpha", "beta", StatsDatabase.MarkupFeed], labels);
    }

    [Fact]
    public async Task Table_OnATerminal_IsInColour()
    {
        // CliRun's terminal with NO_COLOR unset (StatsColourTests covers NO_COLOR).
        var result = await db.RunAsync("stats");

        Assert.Contains(Escape, result.Out, StringComparison.Ordinal);
        Assert.Contains("TTP", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Piped_DefaultsToNdjson()
    {
        var piped = await db.RunPipedAsync("stats");
        var array = await db.RunAsync("stats", "--format", "json");

        var lines = piped.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(array.Json().GetArrayLength(), lines.Length);
        Assert.All(lines, line => Assert.StartsWith("{\"day\":\"2026-", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--rule", "TTP", "--feed", "alpha")]
    [InlineData("--rule", "TTP", "--by", "feed")]
    [InlineData("--since", "2026-11-01", "--until", "2026-10-30")]
    [InlineData("--since", "yesterday-ish", "--by", "rule")]
    public async Task ContradictoryOrUnreadableOptions_AreUsageErrors(string option1, string value1, string option2, string value2)
    {
        var result = await db.RunAsync("stats", option1, value1, option2, value2, "--format", "json");

        Assert.Equal(ExitCodes.UsageOrConfig, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task DatabaseFromBeforeTheCounters_IsCountedOnceWithANoticeOnATerminal()
    {
        using var temp = new TempDirectory();
        var oldFile = OlderDatabase(temp);

        var first = await CliRun.RunAsync("stats", "--format", "json", "--db", oldFile);
        var second = await CliRun.RunAsync("stats", "--format", "json", "--db", oldFile);

        Assert.Equal(Counts(await db.RunAsync("stats", "--format", "json")), Counts(first));
        Assert.StartsWith("Counting stored items per day, once", first.Error, StringComparison.Ordinal);
        Assert.Equal("", second.Error);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task DatabaseFromBeforeTheCounters_Piped_IsCountedWithoutANotice()
    {
        using var temp = new TempDirectory();
        var oldFile = OlderDatabase(temp);

        var piped = await CliRun.RunPipedAsync("stats", "--format", "json", "--db", oldFile);

        Assert.Equal(Counts(await db.RunAsync("stats", "--format", "json")), Counts(piped));
        Assert.Equal("", piped.Error);
    }

    /// <summary>A copy of the fixture as an older FeedWatch left it: items, but no "daily" counter collection.</summary>
    private string OlderDatabase(TempDirectory temp)
    {
        var path = temp.File("old.db");
        File.Copy(db.Path, path);
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        database.DropCollection("daily");
        return path;
    }
}

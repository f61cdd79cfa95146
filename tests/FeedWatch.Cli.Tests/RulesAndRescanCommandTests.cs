using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>
/// A database filled by the real poller under the sample rules, then a config whose rules were
/// edited: TTP lost its "Pakistani Taliban" alias and a new rule watches Bajaur.
/// </summary>
public sealed class RulesAndRescanCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset PolledAt = CliRun.Now.AddHours(-2);

    private readonly TempDirectory _temp = new();
    private string DatabasePath => _temp.File("feedwatch.db");
    private string ConfigPath => _temp.File("feedwatch.json");

    public async Task InitializeAsync()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            await builder.PollAsync("alpha", PolledAt,
                new TestEntry("TTP claims attack in Bajaur", "https://alpha.example/1"),
                new TestEntry("Pakistani Taliban step up attacks", "https://alpha.example/2"),
                new TestEntry("Floods in Swat", "https://alpha.example/3"),
                new TestEntry("Markets rally in Karachi", "https://alpha.example/4"));
        }

        await File.WriteAllTextAsync(ConfigPath, $$"""
            {
              "Storage": { "Path": "{{JsonEncodedText.Encode(DatabasePath)}}" },
              "Watch": [
                { "Name": "TTP", "Terms": [ "TTP", "Tehrik-e-Taliban Pakistan" ] },
                { "Name": "Afghan-Pakistan frontier", "Terms": [ "Durand Line" ], "Exclude": [ "cricket" ] },
                { "Name": "Bajaur", "Terms": [ "Bajaur" ], "Fields": [ "title" ] }
              ]
            }
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--config", ConfigPath]);

    private async Task<List<string>> TitlesFlaggedFor(string rule)
    {
        var result = await RunAsync("items", "--rule", rule, "--format", "json");
        return result.Json().EnumerateArray().Select(item => item.GetProperty("title").GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<int> IdOf(string title)
    {
        var result = await RunAsync("items", "--format", "json");
        return result.Json().EnumerateArray().Single(item => item.GetProperty("title").GetString() == title).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Rescan_EditedRules_AddsAndRemovesFlagsAndReportsTheIds()
    {
        var bajaur = await IdOf("TTP claims attack in Bajaur");
        var alias = await IdOf("Pakistani Taliban step up attacks");

        var result = await RunAsync("rescan");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Rescanned 4 items", result.Out, StringComparison.Ordinal);
        Assert.Contains($"1 items now match Bajaur, 0 no longer do.{Environment.NewLine}  now match: {bajaur}", result.Out, StringComparison.Ordinal);
        Assert.Contains($"0 items now match TTP, 1 no longer do.{Environment.NewLine}  no longer: {alias}", result.Out, StringComparison.Ordinal);
        Assert.Equal(["TTP claims attack in Bajaur"], await TitlesFlaggedFor("TTP"));
        Assert.Equal(["TTP claims attack in Bajaur"], await TitlesFlaggedFor("Bajaur"));
    }

    [Fact]
    public async Task Rescan_ShowsProgressOnATerminalOnly()
    {
        var onTerminal = await RunAsync("rescan");
        var piped = await CliRun.RunPipedAsync("rescan", "--config", ConfigPath);

        // Rescan re-matches, then re-clusters stories: one finished progress line for each.
        Assert.Contains($"rescanned 4 items.{Environment.NewLine}", onTerminal.Error, StringComparison.Ordinal);
        Assert.EndsWith($"re-clustered 4 items.{Environment.NewLine}", onTerminal.Error, StringComparison.Ordinal);
        Assert.Equal("", piped.Error);
        Assert.Contains("Rescanned 4 items", piped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescan_Twice_SecondFindsNothingToChange()
    {
        await RunAsync("rescan");

        var second = await RunAsync("rescan", "--format", "json");

        var json = second.Json();
        Assert.Equal(0, json.GetProperty("rewritten").GetInt32());
        Assert.All(json.GetProperty("rules").EnumerateArray(), rule =>
            Assert.Equal((0, 0), (rule.GetProperty("added").GetArrayLength(), rule.GetProperty("removed").GetArrayLength())));
    }

    [Fact]
    public async Task Rescan_SinceAfterEveryItem_ChangesNothing()
    {
        var result = await RunAsync("rescan", "--since", "1h", "--format", "json");

        Assert.Equal(0, result.Json().GetProperty("scanned").GetInt32());
        Assert.Equal(["Pakistani Taliban step up attacks", "TTP claims attack in Bajaur"], await TitlesFlaggedFor("TTP"));
    }

    [Fact]
    public async Task Rescan_StoresTheNewRuleVersionOnTheMatches()
    {
        await RunAsync("rescan");

        using var store = LiteDbItemStore.Open(DatabasePath);
        var item = store.GetItem(await IdOf("TTP claims attack in Bajaur"))!;
        var rules = (await RunAsync("rules", "--format", "json")).Json().EnumerateArray()
            .ToDictionary(rule => rule.GetProperty("name").GetString()!, rule => rule.GetProperty("version").GetString());
        Assert.All(item.Matches, match => Assert.Equal(rules[match.Rule], match.RuleVersion));
    }

    [Fact]
    public async Task Rules_Json_ListsEachRuleWithHitCounts()
    {
        await RunAsync("rescan");

        var result = await RunAsync("rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var hits = result.Json().EnumerateArray().ToDictionary(
            rule => rule.GetProperty("name").GetString()!, rule => (rule.GetProperty("hits24h").GetInt32(), rule.GetProperty("hits7d").GetInt32()));
        Assert.Equal((1, 1), hits["TTP"]);
        Assert.Equal((1, 1), hits["Bajaur"]);
        Assert.Equal((0, 0), hits["Afghan-Pakistan frontier"]);
    }

    [Fact]
    public async Task Rules_Table_ShowsNameCountsAndTerms()
    {
        var result = await RunAsync("rules");

        Assert.Equal(["RULE", "24H", "7D", "TERMS", "EXCLUDE", "VERSION"], TableRows.Header(result.Out));
        Assert.Contains("TTP; Tehrik-e-Taliban Pakistan", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_RuleNameInAnotherCase_FindsTheConfiguredRule()
    {
        Assert.Equal(await TitlesFlaggedFor("TTP"), await TitlesFlaggedFor("ttp"));
        Assert.NotEmpty(await TitlesFlaggedFor("ttp"));
    }
}

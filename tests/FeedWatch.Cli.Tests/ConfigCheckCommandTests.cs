using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

public sealed class ConfigCheckCommandTests : IDisposable
{
    private const string ValidConfig = """
        {
          "Storage": { "Path": "news.db" },
          "Feeds": [
            { "Id": "sample", "Url": "file:samples/news.xml", "Interval": "00:01:00" },
            { "Id": "dawn", "Url": "https://www.dawn.com/feeds/home" },
            { "Id": "old", "Url": "https://old.example.org/rss", "Enabled": false }
          ],
          "Watch": [
            { "Name": "TTP", "Terms": [ "TTP", "Pakistani Taliban" ] },
            { "Name": "Frontier", "Terms": [ "Durand Line" ], "Exclude": [ "cricket" ] }
          ]
        }
        """;

    private const string ConfigWithSevenProblems = """
        {
          "Feeds": [
            { "Url": "https://a.example.org/rss" },
            { "Id": "dawn", "Url": "htp:/x" },
            { "Id": "dawn", "Url": "https://b.example.org/rss" },
            { "Id": "late", "Url": "https://c.example.org/rss", "Interval": "-00:05:00" }
          ],
          "Watch": [
            { "Name": "Empty" },
            { "Name": "Broken", "Patterns": [ "(unclosed" ], "Fields": [ "body" ] }
          ]
        }
        """;

    private static readonly string[] ProblemKeys =
        ["Feeds:0:Id", "Feeds:1:Url", "Feeds:2:Id", "Feeds:3:Interval", "Watch:0:Terms", "Watch:1:Patterns:0", "Watch:1:Fields:0"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string WriteConfig(string json)
    {
        var path = _temp.File("feedwatch.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string WriteSampleFeed()
    {
        Directory.CreateDirectory(_temp.File("samples"));
        var path = _temp.File(Path.Combine("samples", "news.xml"));
        File.WriteAllText(path, RssBuilder.Feed("Sample"));
        return path;
    }

    private static List<string> LinesStartingWith(CliResult result, string prefix) =>
        result.Lines().Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Check_ValidConfig_ExitsZeroWithSummary()
    {
        WriteSampleFeed();
        var config = WriteConfig(ValidConfig);

        var result = await CliRun.RunAsync("config", "check", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{config} is valid: 3 feeds (2 enabled), 2 watch rules, database {_temp.File("news.db")}"], result.Lines());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Check_SevenProblems_ExitsTwoNamingEachKeyOnce()
    {
        var config = WriteConfig(ConfigWithSevenProblems);

        var result = await CliRun.RunAsync("config", "check", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{config} is invalid: 7 problems", result.Lines()[0]);
        var errors = LinesStartingWith(result, "error: ");
        Assert.Equal(ProblemKeys.Length, errors.Count);
        Assert.All(ProblemKeys, key => Assert.Single(errors, line => line.StartsWith($"error: {key} ", StringComparison.Ordinal)));
        // Named once in the whole report: no problem is reported twice under different wording.
        Assert.All(ProblemKeys, key => Assert.Equal(2, result.Out.Split($"{key} ").Length));
    }

    [Fact]
    public async Task Check_MalformedJson_ExitsTwoNamingTheFileAndLine()
    {
        // The comma missing after the Feeds array: the reader stops at "Watch" on line 5, column 3.
        var config = WriteConfig("{\n  \"Feeds\": [\n    { \"Id\": \"a\", \"Url\": \"https://a.example.org/rss\" }\n  ]\n  \"Watch\": []\n}\n");

        var result = await CliRun.RunAsync("config", "check", "--config", config);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(LinesStartingWith(result, "error: "));
        Assert.Contains($"'{config}'", error, StringComparison.Ordinal);
        Assert.Contains("line 5, byte 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingFile_ExitsTwoNamingThePath()
    {
        var config = _temp.File("absent.json");

        var result = await CliRun.RunAsync("config", "check", "--config", config);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(LinesStartingWith(result, "error: "));
        Assert.Contains($"'{config}' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_LikelyMistakes_ExitsZeroWithAWarningForEachEnabledOne()
    {
        var config = WriteConfig("""
            {
              "Storage": { "Path": "news.db" },
              "Feeds": [
                { "Id": "gone", "Url": "file:samples/missing.xml" },
                { "Id": "dawn", "Url": "https://www.dawn.com/feeds/home" },
                { "Id": "dawn-again", "Url": "https://www.dawn.com/feeds/home" },
                { "Id": "parked", "Url": "https://www.dawn.com/feeds/home", "Enabled": false },
                { "Id": "parked-file", "Url": "file:samples/missing.xml", "Enabled": false }
              ],
              "Watch": [
                { "Name": "Frontier", "Terms": [ "Afghan–Pakistan frontier", "Durand Line" ] },
                { "Name": "Border", "Terms": [ "Torkham", "afghan-pakistan Frontier" ] }
              ]
            }
            """);

        var result = await CliRun.RunAsync("config", "check", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"{config} is valid: 5 feeds (3 enabled), 2 watch rules", result.Lines()[0], StringComparison.Ordinal);
        var warnings = LinesStartingWith(result, "warning: ");
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, line => line.StartsWith("warning: Feeds:0:Url ", StringComparison.Ordinal)
            && line.EndsWith(_temp.File(Path.Combine("samples", "missing.xml")), StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("warning: Feeds:2:Url ", StringComparison.Ordinal) && line.Contains("Feeds:1 ('dawn')", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("warning: Watch:1:Terms:1 ", StringComparison.Ordinal) && line.Contains("Watch:0 ('Frontier')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_JsonFormat_ValidConfig_HasTheDocumentedShape()
    {
        WriteSampleFeed();
        var config = WriteConfig(ValidConfig);

        var result = await CliRun.RunAsync("config", "check", "--config", config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(["path", "valid", "errors", "warnings", "feeds", "enabledFeeds", "rules", "database"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(config, json.GetProperty("path").GetString());
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
        Assert.Equal(3, json.GetProperty("feeds").GetInt32());
        Assert.Equal(2, json.GetProperty("enabledFeeds").GetInt32());
        Assert.Equal(2, json.GetProperty("rules").GetInt32());
        Assert.Equal(_temp.File("news.db"), json.GetProperty("database").GetString());
    }

    [Fact]
    public async Task Check_JsonFormat_InvalidConfig_ListsEveryErrorAndNoCounts()
    {
        var config = WriteConfig(ConfigWithSevenProblems);

        var result = await CliRun.RunAsync("config", "check", "--config", config, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var json = result.Json();
        Assert.False(json.GetProperty("valid").GetBoolean());
        var errors = json.GetProperty("errors").EnumerateArray().Select(error => error.GetString()!).ToList();
        Assert.All(ProblemKeys, key => Assert.Single(errors, error => error.StartsWith($"{key} ", StringComparison.Ordinal)));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("feeds").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("rules").ValueKind);
    }

    [Fact]
    public async Task Check_RepositoryConfig_IsValidWithoutWarnings()
    {
        var result = await CliRun.RunAsync("config", "check", "--config", Path.Combine(RepositoryPaths.Config, "feedwatch.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" is valid: ", Assert.Single(result.Lines()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_WithoutSubcommand_ExitsTwo()
    {
        var result = await CliRun.RunAsync("config");

        Assert.Equal(2, result.ExitCode);
    }
}

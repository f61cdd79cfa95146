using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Configuration;

// Loads config, which reads FeedWatch__ variables that ConfigSourceTests sets.
[Collection(ProcessEnvironmentTests.Name)]
public sealed class ConfigValidationTests
{
    private const string FeedsWithProblems = """
        "Feeds": [
          { "Url": "https://www.dawn.com/feeds/home" },
          { "Id": "geo", "Url": "https://www.geo.tv/rss/1/1" },
          { "Id": "geo", "Url": "https://www.geo.tv/rss/1/2" },
          { "Id": "bad-url", "Url": "not a url" },
          { "Id": "negative", "Url": "https://tolonews.com/rss.xml", "Interval": "-00:05:00" }
        ],
        "Watch": [ { "Name": "Empty rule", "Terms": [] } ]
        """;

    private static ConfigLoadResult LoadJson(TempDirectory directory, string json)
    {
        var path = directory.File("feedwatch.json");
        File.WriteAllText(path, json);
        return ConfigLoader.Load(path);
    }

    private static void AssertHasErrorFor(ConfigLoadResult result, string key) =>
        Assert.True(result.Errors.Any(e => e.Contains(key, StringComparison.Ordinal)), $"No error names {key}: {string.Join(" | ", result.Errors)}");

    [Fact]
    public void Load_SeveralProblems_ReportsEachWithItsKey()
    {
        using var directory = new TempDirectory();

        var result = LoadJson(directory, $"{{ {FeedsWithProblems} }}");

        Assert.False(result.IsValid);
        Assert.Null(result.Options);
        AssertHasErrorFor(result, "Feeds:0:Id");
        AssertHasErrorFor(result, "Feeds:2:Id 'geo'");
        AssertHasErrorFor(result, "Feeds:3:Url 'not a url'");
        AssertHasErrorFor(result, "Feeds:4:Interval");
        AssertHasErrorFor(result, "Watch:0:Terms");
        Assert.Equal(5, result.Errors.Count);
    }

    [Fact]
    public void Load_BadStoryThresholds_NameTheirKeys()
    {
        using var directory = new TempDirectory();

        var result = LoadJson(directory, """{ "Stories": { "MinContainment": 1.5, "MaxApart": "-1.00:00:00" } }""");

        Assert.False(result.IsValid);
        AssertHasErrorFor(result, "Stories:MinContainment");
        AssertHasErrorFor(result, "Stories:MaxApart");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Load_StoryOptions_AreRead()
    {
        using var directory = new TempDirectory();

        var result = LoadJson(directory, """{ "Stories": { "Enabled": false, "MinContainment": 0.7, "MaxApart": "2.00:00:00" }, "Watch": [ { "Name": "TTP", "Terms": [ "TTP" ], "AlertEveryCopy": true } ] }""");

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        Assert.False(result.Options!.Stories.Enabled);
        Assert.Equal(0.7, result.Options.Stories.MinContainment);
        Assert.Equal(TimeSpan.FromDays(2), result.Options.Stories.MaxApart);
        Assert.True(result.Options.Watch[0].AlertEveryCopy);
    }

    [Fact]
    public void Load_UnparsableTimeout_NamesPollingTimeout()
    {
        using var directory = new TempDirectory();

        var result = LoadJson(directory, """{ "Polling": { "Timeout": "banana" } }""");

        Assert.False(result.IsValid);
        AssertHasErrorFor(result, "Polling:Timeout");
        AssertHasErrorFor(result, "banana");
    }

    [Fact]
    public void Load_UnparsableTimeoutAmongOtherProblems_ReportsEveryProblem()
    {
        using var directory = new TempDirectory();

        var result = LoadJson(directory, $$"""{ "Polling": { "Timeout": "banana" }, {{FeedsWithProblems}} }""");

        AssertHasErrorFor(result, "Polling:Timeout");
        AssertHasErrorFor(result, "Feeds:0:Id");
        AssertHasErrorFor(result, "Feeds:2:Id 'geo'");
        AssertHasErrorFor(result, "Feeds:3:Url 'not a url'");
        AssertHasErrorFor(result, "Feeds:4:Interval");
        AssertHasErrorFor(result, "Watch:0:Terms");
    }

    [Fact]
    public void Load_BadWatchRuleOptions_ReportsEachWithItsKey()
    {
        using var directory = new TempDirectory();

        var result = LoadJson(directory, """
            { "Watch": [
              { "Name": "Regex", "Patterns": [ "(unclosed" ], "PatternTimeout": "00:00:00" },
              { "Name": "Fields", "Terms": [ "TTP" ], "Fields": [ "title", "body" ] },
              { "Name": "Hook", "Terms": [ "TTP" ], "Webhook": "ftp://example.org/hook" },
              { "Name": "PatternOnly", "Patterns": [ "\\bTTP\\b" ] }
            ] }
            """);

        Assert.False(result.IsValid);
        AssertHasErrorFor(result, "Watch:0:Patterns:0 '(unclosed'");
        AssertHasErrorFor(result, "Watch:0:PatternTimeout");
        AssertHasErrorFor(result, "Watch:1:Fields:1 'body'");
        AssertHasErrorFor(result, "Watch:2:Webhook");
        Assert.DoesNotContain(result.Errors, e => e.Contains("Watch:3", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ConfigFileNameStartingWithADot_IsRead()
    {
        using var directory = new TempDirectory();
        var path = directory.File(".feedwatch.json");
        File.WriteAllText(path, """{ "Storage": { "Path": "data/fw.db" } }""");

        var result = ConfigLoader.Load(path);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        Assert.Equal(Path.Combine(directory.Path, "data", "fw.db"), result.Options!.Storage.Path);
    }

    [Fact]
    public void Load_MissingFile_ReportsThePath()
    {
        using var directory = new TempDirectory();
        var path = directory.File("absent.json");

        var result = ConfigLoader.Load(path);

        Assert.Contains(path, Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}

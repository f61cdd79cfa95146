using System.Text;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

public sealed class OpmlCommandTests : IDisposable
{
    // Comments and one-line entries are what an editor leaves; --write must keep them byte for byte.
    internal const string Config = """
        {
          // ops: keep the Pakistani outlets first
          "Storage": { "Path": "news.db" },
          "Feeds": [
            { "Id": "dawn", "Url": "http://daringfireball.net/feeds/main", "Interval": "00:10:00" },
            { "Id": "old", "Url": "https://old.example.org/rss", "Enabled": false }
          ],
          "Watch": [ { "Name": "TTP", "Terms": [ "TTP" ] } ],
          "Serilog": { "MinimumLevel": "Warning" }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    internal static string Corpus(string name) => Path.Combine(RepositoryPaths.Corpus, "opml", name);

    private string WriteConfig(string json = Config)
    {
        var path = _temp.File("feedwatch.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static FeedWatchOptions Load(string config)
    {
        var loaded = ConfigLoader.Load(config);
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        return loaded.Options!;
    }

    [Fact]
    public async Task Import_Table_ListsEveryFeedWithStatusAndTheSkippedOutline()
    {
        var config = WriteConfig();

        var result = await CliRun.RunAsync("opml", "import", Corpus("rsparser/Subs.opml"), "--config", config);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines();
        Assert.StartsWith("ID", lines[0], StringComparison.Ordinal);
        Assert.Matches("^dawn +present +http://daringfireball.net/feeds/main +Daring Fireball$", lines[1]);
        Assert.Contains("skipped line 44: http://feed.katiefloyd.com/ is already listed at line 30", lines);
        Assert.StartsWith("would add 205 feeds, 1 already present, 1 skipped", lines[^1], StringComparison.Ordinal);
        Assert.Equal(Config, File.ReadAllText(config));
    }

    [Fact]
    public async Task Import_Json_PrintsOnlyNewEntriesAsAnArrayOfConfigFeeds()
    {
        var config = WriteConfig();

        var result = await CliRun.RunAsync("opml", "import", Corpus("newsboat/piped.opml"), "--config", config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var feed = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal("example.com-feed.atom", feed.GetProperty("Id").GetString());
        Assert.Equal("https://example.com/feed.atom", feed.GetProperty("Url").GetString());
        Assert.Equal("example.com website (Atom feed)", feed.GetProperty("Title").GetString());
        Assert.Contains("skipped line 8: '|~/fetch_tweets.py' is not an http or https URL", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Write_AppendsNewFeedsAndLeavesTheRestOfTheFileAsItWas()
    {
        var config = WriteConfig();

        var result = await CliRun.RunAsync("opml", "import", Corpus("rsparser/Subs.opml"), "--config", config, "--write");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("added 205 feeds, 1 already present, 1 skipped", result.Lines()[^1]);
        var written = File.ReadAllText(config);
        var lastOldEntry = "{ \"Id\": \"old\", \"Url\": \"https://old.example.org/rss\", \"Enabled\": false }";
        var split = written.IndexOf(lastOldEntry, StringComparison.Ordinal) + lastOldEntry.Length;
        Assert.Equal(Config[..split], written[..split]);
        Assert.EndsWith(Config[split..], written, StringComparison.Ordinal);
        Assert.Contains("\n    { \"Id\": \"developer.apple.com-swift-blog-news.rss\", \"Url\": \"https://developer.apple.com/swift/blog/news.rss\", \"Title\": \"Swift Blog - Apple Developer\" },\n", written, StringComparison.Ordinal);
        var options = Load(config);
        Assert.Equal(207, options.Feeds.Count);
        Assert.Equal(["dawn", "old"], options.Feeds.Take(2).Select(feed => feed.Id));
        Assert.Single(options.Feeds, feed => feed.Url == "http://daringfireball.net/feeds/main");
        Assert.False(File.Exists(config + ".partial"));
    }

    [Fact]
    public async Task Import_WriteTwice_SecondChangesNothing()
    {
        var config = WriteConfig();
        await CliRun.RunAsync("opml", "import", Corpus("rsparser/Subs.opml"), "--config", config, "--write");
        var afterFirst = File.ReadAllBytes(config);

        var result = await CliRun.RunAsync("opml", "import", Corpus("rsparser/SubsNoTitleAttributes.opml"), "--config", config, "--write");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("added 0 feeds, 206 already present, 1 skipped", result.Lines()[^1]);
        Assert.Equal(afterFirst, File.ReadAllBytes(config));
    }

    [Theory]
    [InlineData("{ \"Storage\": { \"Path\": \"news.db\" }, \"Feeds\": [] }")]
    [InlineData("{\r\n  \"Storage\": { \"Path\": \"news.db\" }\r\n}")]
    [InlineData("{\n  \"Storage\": { \"Path\": \"news.db\" },\n  \"Feeds\": [\n    { \"Id\": \"a\", \"Url\": \"https://a.example.org/\" },\n  ]\n}")]
    public async Task Import_Write_EmptyMissingOrTrailingCommaFeeds_GivesAValidConfig(string json)
    {
        var config = WriteConfig(json);

        var result = await CliRun.RunAsync("opml", "import", Corpus("newsboat/example.opml"), "--config", config, "--write");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Load(config).Feeds, feed => feed.Id == "blogs.example.com-mike-rss");
        Assert.Equal(json.Contains('\r', StringComparison.Ordinal), File.ReadAllText(config).Contains("\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyConfig_GivesTheSameUrlsAndIds()
    {
        var config = WriteConfig();
        var opml = _temp.File("feeds.opml");
        var export = await CliRun.RunAsync("opml", "export", "--config", config, "--output", opml);
        var empty = _temp.File("empty.json");
        File.WriteAllText(empty, "{ \"Storage\": { \"Path\": \"news.db\" }, \"Feeds\": [] }");

        var import = await CliRun.RunAsync("opml", "import", opml, "--config", empty, "--write");

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            Load(config).Feeds.Select(feed => (feed.Id, feed.Url, feed.Enabled)),
            Load(empty).Feeds.Select(feed => (feed.Id, feed.Url, feed.Enabled)));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", File.ReadAllText(opml, Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ToStdout_ListsEnabledAndDisabledFeedsAndLeavesOutLocalFiles()
    {
        var config = WriteConfig(Config.Replace("\"Feeds\": [", "\"Feeds\": [\n    { \"Id\": \"sample\", \"Url\": \"file:samples/news.xml\" },", StringComparison.Ordinal));

        var result = await CliRun.RunAsync("opml", "export", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<outline text=\"dawn\" type=\"rss\" xmlUrl=\"http://daringfireball.net/feeds/main\" feedwatch:id=\"dawn\" />", result.Out, StringComparison.Ordinal);
        Assert.Contains("xmlUrl=\"https://old.example.org/rss\" isComment=\"true\" feedwatch:id=\"old\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("samples/news.xml", result.Out, StringComparison.Ordinal);
        Assert.Contains("left out sample:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedOpml_ExitsTwoNamingFileAndLine()
    {
        var config = WriteConfig();
        var opml = _temp.File("broken.opml");
        File.WriteAllText(opml, "<opml version=\"2.0\">\n<body>\n<outline xmlUrl=\"https://a.example.org/rss\">\n</body>\n</opml>\n");

        var result = await CliRun.RunAsync("opml", "import", opml, "--config", config, "--write");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"Cannot import '{opml}': line 4: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(Config, File.ReadAllText(config));
    }

    [Fact]
    public async Task Import_NotOpml_ExitsTwoNamingTheRootElement()
    {
        var result = await CliRun.RunAsync("opml", "import", Corpus("newsboat/opml-element-missing.opml"), "--config", WriteConfig());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: this is not an OPML list: the root element is <not-opml>", result.Error, StringComparison.Ordinal);
    }
}

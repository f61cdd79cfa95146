using System.Text.Json;
using System.Text.Json.Nodes;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

public sealed class ProbeCommandTests : IAsyncLifetime, IDisposable
{
    // Expected values below are the oracle's (corpus/oracle.jsonl) for these files.
    private const string AtomFile = "feed-rs/feed-rs/fixture/atom/atom_example_2.xml";
    private const string RssFile = "rome/rome-modules/src/test/resources/data/rss2.0-simple.xml";

    private const string TtpTitle = "TTP claims attack on checkpost in Bajaur";

    // OSC 0 retitles the terminal window, CSI 2J clears the screen; neither may reach the analyst's terminal.
    private const string HostileTitle = "Border\u001b]0;pwned\u0007 closed\u001b[2J again";

    private static readonly string[] DocumentKeys = ["path", "format", "error", "warning", "feed", "entries"];
    private static readonly string[] EntryKeys = ["id", "link", "title", "published", "rules"];

    private readonly TempDirectory _temp = new();
    private LoopbackFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _temp.Dispose();

    private static string Corpus(string relativePath) => Path.Combine(RepositoryPaths.CorpusFeeds, relativePath);

    private string DatabasePath => _temp.File("probe.db");

    /// <summary>A config holding the shared sample watch rules, with its database in the temp directory.</summary>
    private string WriteRulesConfig()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Watch, "rules.json")))!.AsObject();
        config["Storage"] = new JsonObject { ["Path"] = DatabasePath };
        var path = _temp.File("feedwatch.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private string MissingConfig => _temp.File("absent.json");

    private string ServeFeed(string path, params TestEntry[] entries)
    {
        _server.ServeDocument(path, RssBuilder.Feed("Loopback desk", entries));
        return _server.Url(path).AbsoluteUri;
    }

    private static List<JsonElement> JsonLines(CliResult result) =>
        result.Lines().Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }).ToList();

    private static JsonElement SingleDocument(CliResult result) => Assert.Single(JsonLines(result));

    private static List<string?> Strings(JsonElement entries, string key) =>
        entries.EnumerateArray().Select(entry => entry.GetProperty(key).GetString()).ToList();

    [Fact]
    public async Task Probe_AtomCorpusFile_ReportsFormatAndFeed()
    {
        var result = await CliRun.RunAsync("probe", Corpus(AtomFile), "--format", "json", "--config", MissingConfig);

        Assert.Equal(0, result.ExitCode);
        var document = SingleDocument(result);
        Assert.Equal("atom10", document.GetProperty("format").GetString());
        Assert.Equal("The Register - Science", document.GetProperty("feed").GetProperty("title").GetString());
        Assert.Equal("https://www.theregister.co.uk/science/", document.GetProperty("feed").GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Probe_AtomCorpusFile_ReportsEntriesAsTheOracleReadsThem()
    {
        var result = await CliRun.RunAsync("probe", Corpus(AtomFile), "--format", "json", "--config", MissingConfig);

        var entries = SingleDocument(result).GetProperty("entries");
        Assert.Equal(["tag:theregister.co.uk,2005:story204156", "tag:theregister.co.uk,2005:story204131"], Strings(entries, "id"));
        Assert.Equal(
            [
                "http://go.theregister.com/feed/www.theregister.co.uk/2019/07/31/orbitbeyond_drops_nasa_moon_contract/",
                "http://go.theregister.com/feed/www.theregister.co.uk/2019/07/30/french_arming_satellites/",
            ],
            Strings(entries, "link"));
        Assert.Equal(
            [
                "Will someone plz dump our shizz on the Moon, NASA begs as one of the space biz vendors drops out",
                "Satellites with lasers and machine guns coming! China's new plans? Trump's Space Force? Nope, the French",
            ],
            Strings(entries, "title"));
        // The entries have only <updated>: published falls back to it, as the oracle's does.
        Assert.Equal(["2019-07-31T11:54:28Z", "2019-07-30T05:41:09Z"], Strings(entries, "published"));
    }

    [Fact]
    public async Task Probe_Rss20CorpusFile_ReportsGuidsLinksAndUtcDatesAsTheOracleReadsThem()
    {
        var result = await CliRun.RunAsync("probe", Corpus(RssFile), "--format", "json", "--config", MissingConfig);

        Assert.Equal(0, result.ExitCode);
        var document = SingleDocument(result);
        Assert.Equal("rss20", document.GetProperty("format").GetString());
        Assert.Equal("GeoNames.org recent changes", document.GetProperty("feed").GetProperty("title").GetString());
        var entries = document.GetProperty("entries");
        Assert.Equal(
            [
                "http://www.geonames.org/maps/geonameId=281184&revision=80",
                "http://www.geonames.org/maps/geonameId=281184&revision=72",
                "http://www.geonames.org/maps/geonameId=281184&revision=31",
            ],
            Strings(entries, "id"));
        Assert.All(Strings(entries, "link"), link => Assert.Equal("http://www.geonames.org/maps/geonameId=281184", link));
        // pubDate "Mon, 03 Apr 2006 10:35:16 +0200" and the others, in UTC.
        Assert.Equal(["2006-04-03T08:35:16Z", "2006-04-03T08:32:24Z", "2006-04-03T08:17:41Z"], Strings(entries, "published"));
    }

    [Fact]
    public async Task Probe_Table_CorpusFile_PrintsFeedBlockThenEachEntry()
    {
        var result = await CliRun.RunAsync("probe", Corpus(RssFile), "--config", MissingConfig);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines();
        Assert.Equal(
            [
                Corpus(RssFile),
                "  format:   RSS 2.0",
                "  title:    GeoNames.org recent changes",
                "  link:     http://www.geonames.org/recent-changes.html",
                "  entries:  3",
                "  1. Jerusalem",
                "     id:         http://www.geonames.org/maps/geonameId=281184&revision=80",
                "     link:       http://www.geonames.org/maps/geonameId=281184",
                "     published:  2006-04-03T08:35:16Z",
                "     rules:      -",
            ],
            lines.Take(10));
    }

    [Fact]
    public async Task Probe_NoConfig_ReportsNoRulesAndSaysWhyOnStderr()
    {
        var url = ServeFeed("/ttp", new TestEntry(TtpTitle, "https://news.example.org/bajaur"));

        var result = await CliRun.RunAsync("probe", url, "--format", "json", "--config", MissingConfig);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(SingleDocument(result).GetProperty("entries")[0].GetProperty("rules").EnumerateArray());
        Assert.Contains("no watch rules", result.Error, StringComparison.Ordinal);
        Assert.Contains(MissingConfig, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_LoopbackUrlWithTtpItem_ListsTheTtpRule()
    {
        var url = ServeFeed("/ttp",
            new TestEntry(TtpTitle, "https://news.example.org/bajaur", Description: "Officials confirmed the attack."),
            new TestEntry("Wheat prices fall in Lahore", "https://news.example.org/wheat"));

        var result = await CliRun.RunAsync("probe", url, "--format", "json", "--config", WriteRulesConfig());

        Assert.Equal(0, result.ExitCode);
        var entries = SingleDocument(result).GetProperty("entries");
        Assert.Equal(["TTP"], entries[0].GetProperty("rules").EnumerateArray().Select(rule => rule.GetString()));
        Assert.Empty(entries[1].GetProperty("rules").EnumerateArray());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Probe_Table_TtpItem_ShowsTheRuleUnderTheEntry()
    {
        var url = ServeFeed("/ttp", new TestEntry(TtpTitle, "https://news.example.org/bajaur"));

        var result = await CliRun.RunAsync("probe", url, "--config", WriteRulesConfig());

        Assert.Contains("     rules:      TTP", result.Lines());
    }

    [Fact]
    public async Task Probe_EntryWithGuid_ReportsTheFeedsOwnIdAndTheStoredFormOfTheLink()
    {
        var url = ServeFeed("/guid", new TestEntry("Story", "HTTPS://News.Example.org:443/story?utm_source=rss&id=7#top", EntryId: "urn:desk:4711"));

        var result = await CliRun.RunAsync("probe", url, "--format", "json", "--config", MissingConfig);

        var entry = SingleDocument(result).GetProperty("entries")[0];
        Assert.Equal("urn:desk:4711", entry.GetProperty("id").GetString());
        Assert.Equal("https://news.example.org/story?id=7", entry.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Probe_EntryWithoutIdOrDate_ReportsNulls()
    {
        var url = ServeFeed("/bare", new TestEntry("Story", "https://news.example.org/story", PubDate: null));

        var result = await CliRun.RunAsync("probe", url, "--format", "json", "--config", MissingConfig);

        var entry = SingleDocument(result).GetProperty("entries")[0];
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task Probe_RelativeEntryLink_IsResolvedAgainstTheFeedUrl()
    {
        var url = ServeFeed("/desk/feed", new TestEntry("Story", "../stories/1"));

        var result = await CliRun.RunAsync("probe", url, "--format", "json", "--config", MissingConfig);

        Assert.Equal(_server.Url("/stories/1").AbsoluteUri, SingleDocument(result).GetProperty("entries")[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task Probe_HttpUrl_SendsTheConfiguredUserAgent()
    {
        var url = ServeFeed("/ua", new TestEntry("Story", "https://news.example.org/story"));
        var config = WriteRulesConfig();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(config))!.AsObject();
        json["Polling"] = new JsonObject { ["UserAgent"] = "FeedWatch/probe-test (+mailto:ops@example.org)" };
        await File.WriteAllTextAsync(config, json.ToJsonString());

        await CliRun.RunAsync("probe", url, "--config", config);

        Assert.Equal("FeedWatch/probe-test (+mailto:ops@example.org)", Assert.Single(_server.Requests).UserAgent);
    }

    [Fact]
    public async Task Probe_HtmlPage_ReportsAParseErrorNamingHtml()
    {
        _server.ServeDocument("/page", "<!doctype html><html><head><title>Desk</title></head><body>Not a feed</body></html>", "text/html");

        var result = await CliRun.RunAsync("probe", _server.Url("/page").AbsoluteUri, "--format", "json", "--config", MissingConfig);

        Assert.Equal(4, result.ExitCode);
        var document = SingleDocument(result);
        Assert.StartsWith("NotAFeed: ", document.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("HTML", document.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("format").ValueKind);
        Assert.Empty(document.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task Probe_TruncatedFeed_ReportsCompleteEntriesAndAWarning()
    {
        var whole = RssBuilder.Feed("Cut desk", new TestEntry("First", "https://news.example.org/1"), new TestEntry("Second", "https://news.example.org/2"));
        _server.ServeDocument("/cut", whole[..(whole.IndexOf("Second", StringComparison.Ordinal) + 3)]);

        var result = await CliRun.RunAsync("probe", _server.Url("/cut").AbsoluteUri, "--format", "json", "--config", MissingConfig);

        Assert.Equal(0, result.ExitCode);
        var document = SingleDocument(result);
        Assert.Equal(["First"], Strings(document.GetProperty("entries"), "title"));
        Assert.Contains("1 complete entry", document.GetProperty("warning").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Probe_FeedTruncatedBeforeItsFirstEntry_IsAParseError()
    {
        var whole = RssBuilder.Feed("Cut desk", new TestEntry("First", "https://news.example.org/1"));
        _server.ServeDocument("/cut", whole[..(whole.IndexOf("First", StringComparison.Ordinal) + 2)]);

        var result = await CliRun.RunAsync("probe", _server.Url("/cut").AbsoluteUri, "--format", "json", "--config", MissingConfig);

        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("Parse: The document breaks at line", SingleDocument(result).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_ServerErrorNextToGoodDocument_ReportsBothAndExitsFour()
    {
        _server.ServeStatus("/broken", 500);
        var broken = _server.Url("/broken").AbsoluteUri;

        var result = await CliRun.RunAsync("probe", broken, Corpus(AtomFile), "--format", "json", "--config", MissingConfig);

        Assert.Equal(4, result.ExitCode);
        var documents = JsonLines(result);
        Assert.Equal([broken, Corpus(AtomFile)], documents.Select(document => document.GetProperty("path").GetString()));
        Assert.Equal("HttpStatus: HTTP 500 Internal Server Error", documents[0].GetProperty("error").GetString());
        Assert.Equal(2, documents[1].GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Probe_Table_ServerError_PrintsTheErrorUnderThePath()
    {
        _server.ServeStatus("/broken", 500);
        var broken = _server.Url("/broken").AbsoluteUri;

        var result = await CliRun.RunAsync("probe", broken, "--config", MissingConfig);

        Assert.Equal(4, result.ExitCode);
        Assert.Equal([broken, "  error:    HttpStatus: HTTP 500 Internal Server Error"], result.Lines());
    }

    [Fact]
    public async Task Probe_MissingFile_ReportsAFileErrorAndExitsFour()
    {
        var missing = _temp.File("nowhere.xml");

        var result = await CliRun.RunAsync("probe", missing, "--format", "json", "--config", MissingConfig);

        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("File: ", SingleDocument(result).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_Json_EveryLineIsOneObjectWithTheDocumentedKeys()
    {
        var url = ServeFeed("/ttp", new TestEntry(TtpTitle, "https://news.example.org/bajaur"));
        _server.ServeStatus("/broken", 500);

        var result = await CliRun.RunAsync("probe", Corpus(AtomFile), url, _server.Url("/broken").AbsoluteUri, "--format", "json", "--config", MissingConfig);

        var documents = JsonLines(result);
        Assert.Equal(3, documents.Count);
        Assert.All(documents, document => Assert.Equal(DocumentKeys, document.EnumerateObject().Select(p => p.Name)));
        Assert.All(documents.SelectMany(document => document.GetProperty("entries").EnumerateArray()),
            entry => Assert.Equal(EntryKeys, entry.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["title", "link"], documents[0].GetProperty("feed").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Probe_Table_TitlesWithEscapeSequences_PrintWithoutThem()
    {
        var path = _temp.File("hostile.xml");
        await File.WriteAllTextAsync(path, RssBuilder.Feed(HostileTitle, new TestEntry(HostileTitle, "https://news.example.org/hostile")));

        var result = await CliRun.RunAsync("probe", path, "--config", MissingConfig);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", result.Out, StringComparison.Ordinal);
        Assert.Contains("  title:    Border closed again", result.Lines());
        Assert.Contains("  1. Border closed again", result.Lines());
    }

    [Fact]
    public async Task Probe_NeverCreatesADatabase()
    {
        var url = ServeFeed("/ttp", new TestEntry(TtpTitle, "https://news.example.org/bajaur"));
        var explicitDatabase = _temp.File("explicit.db");

        var fromConfig = await CliRun.RunAsync("probe", url, "--config", WriteRulesConfig());
        var withDb = await CliRun.RunAsync("probe", url, "--config", WriteRulesConfig(), "--db", explicitDatabase);

        Assert.Equal([0, 0], [fromConfig.ExitCode, withDb.ExitCode]);
        Assert.False(File.Exists(DatabasePath));
        Assert.False(File.Exists(explicitDatabase));
    }

    [Fact]
    public async Task Probe_NoDocument_ExitsTwo()
    {
        var result = await CliRun.RunAsync("probe");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Probe_UrlWithUnsupportedScheme_ExitsTwoQuotingIt()
    {
        var result = await CliRun.RunAsync("probe", "ftp://feeds.example.org/news.xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'ftp://feeds.example.org/news.xml'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Probe_CsvFormat_ExitsTwo()
    {
        var result = await CliRun.RunAsync("probe", Corpus(AtomFile), "--format", "csv");

        Assert.Equal(2, result.ExitCode);
    }

    private static readonly string[] HelpOptions = ["<documents>", "--format", "--config"];

    [Fact]
    public async Task Probe_Help_ExitsZeroAndListsItsOptions()
    {
        var result = await CliRun.RunAsync("probe", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in HelpOptions)
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Root_Help_ListsProbeAndExitCodeFour()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Contains("probe", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 probe: a document could not be fetched or parsed", result.Out, StringComparison.Ordinal);
    }
}

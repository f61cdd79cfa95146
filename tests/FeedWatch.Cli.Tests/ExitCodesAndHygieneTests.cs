using System.Globalization;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

public sealed class ExitCodesAndHygieneTests : IDisposable
{
    private static readonly DateTimeOffset PolledAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    // OSC 0 retitles the terminal window, CSI 2J clears the screen; neither may reach the analyst's terminal.
    private const string HostileTitle = "TTP\u001b]0;pwned\u0007 warning\u001b[2J issued";
    private const string HostileSummary = "Officials \u001b[31mdenied\u001b[0m the report\u0007.";

    // 78 UTF-16 units, so the emoji after it straddles the 80-column cut of the title column.
    private const string BeforeEmoji = "Crowds gather in Peshawar after the provincial budget vote and police say the ";

    private static readonly string[] Verbs = ["items", "show", "feeds"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string DatabasePath => _temp.File("news.db");

    private async Task<string> BuildDatabaseAsync(Func<FeedDatabaseBuilder, Task> fill)
    {
        await using var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath);
        await fill(builder);
        return DatabasePath;
    }

    private Task<string> BuildHostileDatabaseAsync() => BuildDatabaseAsync(builder =>
    {
        builder.StoreDirectly("hostile", PolledAt, new NormalizedItem(
            "hostile-1", "https://news.example.org/hostile", HostileTitle, HostileSummary, null, "", null, [], PolledAt.UtcDateTime, "hostile-hash"));
        return Task.CompletedTask;
    });

    private string WriteConfig(string json)
    {
        var path = _temp.File("feedwatch.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static void AssertNoTerminalControl(string output)
    {
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", output, StringComparison.Ordinal);
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [Theory]
    [InlineData("items")]
    [InlineData("feeds")]
    [InlineData("show", "1")]
    public async Task AnyVerb_MissingDatabase_ExitsThreeNamingThePath(params string[] verb)
    {
        var missing = _temp.File("nowhere.db");

        var result = await CliRun.RunAsync([.. verb, "--db", missing]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"'{missing}'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    private async Task<string> WriteTextFileAsync(string name)
    {
        var path = _temp.File(name);
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("This is a text file, not a LiteDB database.\n", 400)));
        return path;
    }

    [Fact]
    public async Task Items_DatabaseFileIsNotLiteDb_ExitsThreeNamingThePath()
    {
        var notADatabase = await WriteTextFileAsync("notes.db");

        var result = await CliRun.RunAsync("items", "--db", notADatabase);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"'{notADatabase}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_DatabaseFileIsNotLiteDb_LeavesTheFileUntouched()
    {
        var notADatabase = await WriteTextFileAsync("notes.db");
        var before = await File.ReadAllBytesAsync(notADatabase);

        await CliRun.RunAsync("items", "--db", notADatabase);

        Assert.Equal(before, await File.ReadAllBytesAsync(notADatabase));
    }

    [Fact]
    public async Task UnknownVerb_ExitsTwo()
    {
        var result = await CliRun.RunAsync("list", "--db", DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'list'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoVerb_ExitsTwo()
    {
        var result = await CliRun.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("feedwatch --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_UnknownOption_ExitsTwoNamingIt()
    {
        var result = await CliRun.RunAsync("items", "--flaged", "--db", DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--flaged'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("x")]
    public async Task Items_BadLimit_ExitsTwo(string limit)
    {
        var result = await CliRun.RunAsync("items", "--limit", limit, "--db", DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2 hours")]
    [InlineData("2026-13-01")]
    [InlineData("1000000m")]
    public async Task Items_BadSince_ExitsTwoQuotingIt(string since)
    {
        var path = await BuildDatabaseAsync(builder => builder.PollAsync("alpha", PolledAt, new TestEntry("One", "https://news.example.org/one")));

        var result = await CliRun.RunAsync("items", "--since", since, "--db", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{since}'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("999999d")]
    [InlineData("999999w")]
    public async Task Items_SinceBeyondTheCalendar_ExitsTwo(string since)
    {
        var path = await BuildDatabaseAsync(builder => builder.PollAsync("alpha", PolledAt, new TestEntry("One", "https://news.example.org/one")));

        var result = await CliRun.RunAsync("items", "--since", since, "--db", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{since}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_UnknownFormat_ExitsTwo()
    {
        var result = await CliRun.RunAsync("items", "--format", "xml", "--db", DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_ConfigFeedWithoutUrl_ExitsTwoNamingTheKey()
    {
        var config = WriteConfig("""{ "Storage": { "Path": "news.db" }, "Feeds": [ { "Id": "dawn" } ] }""");

        var result = await CliRun.RunAsync("items", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Feeds:0:Url", result.Error, StringComparison.Ordinal);
        Assert.Contains(config, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_ConfigFileMissing_ExitsTwoNamingIt()
    {
        var config = _temp.File("absent.json");

        var result = await CliRun.RunAsync("items", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(config, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_ValidConfig_ReadsDatabaseFromStoragePath()
    {
        await BuildDatabaseAsync(builder => builder.PollAsync("alpha", PolledAt, new TestEntry("Only story", "https://news.example.org/only")));
        // Relative, so it must be resolved against the config file's folder, not the working directory.
        var config = WriteConfig("""
            {
              "Storage": { "Path": "news.db" },
              "Feeds": [ { "Id": "alpha", "Url": "https://news.example.org/feed" } ]
            }
            """);

        var result = await CliRun.RunAsync("items", "--config", config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Only story"], result.JsonTitles());
    }

    [Theory]
    [InlineData("items", "--flagged", "--rule", "--feed", "--since", "--limit", "--format", "--db", "--config")]
    [InlineData("show", "<id>", "--format", "--db", "--config")]
    [InlineData("feeds", "--format", "--db", "--config")]
    public async Task Verb_Help_ExitsZeroAndListsItsOptions(string verb, params string[] options)
    {
        var result = await CliRun.RunAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(options, option => Assert.Contains(option, result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Root_Help_ExitsZeroAndDocumentsExitCodes()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 success, 1 unexpected error, 2 usage or config error, 3 database unavailable", result.Out, StringComparison.Ordinal);
        Assert.All(Verbs, verb => Assert.Contains(verb, result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Items_Table_StripsTerminalEscapesAndKeepsTheWords()
    {
        var path = await BuildHostileDatabaseAsync();

        var result = await CliRun.RunAsync("items", "--db", path);

        AssertNoTerminalControl(result.Out);
        Assert.EndsWith("TTP warning issued", result.Lines()[1], StringComparison.Ordinal);
        Assert.DoesNotContain("pwned", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Table_StripsTerminalEscapesAndKeepsTheWords()
    {
        var path = await BuildHostileDatabaseAsync();

        var result = await CliRun.RunAsync("show", "1", "--db", path);

        AssertNoTerminalControl(result.Out);
        var lines = result.Lines();
        Assert.Equal("#1  TTP warning issued", lines[0]);
        Assert.Contains("    »TTP« warning issued", lines);
        Assert.Contains("  Officials denied the report.", lines);
    }

    [Fact]
    public async Task Items_Table_StripsBidiOverridesThatReorderText()
    {
        // Unlike control characters these pass the pipeline's normalizer, so the feed can deliver them.
        var path = await BuildDatabaseAsync(builder =>
            builder.PollAsync("alpha", PolledAt, new TestEntry("Invoice \u202Egnp.exe\u202C attached", "https://news.example.org/invoice")));

        var result = await CliRun.RunAsync("items", "--db", path);

        Assert.DoesNotContain("\u202E", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("Invoice gnp.exe attached", result.Lines()[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_Csv_StripsTerminalEscapes()
    {
        var path = await BuildHostileDatabaseAsync();

        var result = await CliRun.RunAsync("items", "--format", "csv", "--db", path);

        AssertNoTerminalControl(result.Out);
        Assert.Contains(",TTP warning issued,", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_Json_EscapesControlCharactersAndKeepsTheText()
    {
        var path = await BuildHostileDatabaseAsync();

        var result = await CliRun.RunAsync("items", "--format", "json", "--db", path);

        AssertNoTerminalControl(result.Out);
        Assert.Equal([HostileTitle], result.JsonTitles());
    }

    [Theory]
    [InlineData("items", "--format", "ndjson")]
    [InlineData("export", "--format", "ndjson")]
    [InlineData("export", "--format", "rss")]
    [InlineData("export", "--format", "atom")]
    [InlineData("items", "--search", "warning", "--format", "table")]
    public async Task OtherFormats_HostileTitle_PrintsHarmlessly(params string[] args)
    {
        var path = await BuildHostileDatabaseAsync();

        var result = await CliRun.RunAsync([.. args, "--db", path]);

        Assert.Equal(0, result.ExitCode);
        AssertNoTerminalControl(result.Out);
        Assert.Contains("warning", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_EscapesControlCharactersAndKeepsTheText()
    {
        var path = await BuildHostileDatabaseAsync();

        var result = await CliRun.RunAsync("show", "1", "--format", "json", "--db", path);

        AssertNoTerminalControl(result.Out);
        Assert.Equal(HostileSummary, result.Json().GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Items_Table_TruncationNeverSplitsASurrogatePair()
    {
        var path = await BuildDatabaseAsync(builder =>
            builder.PollAsync("alpha", PolledAt, new TestEntry(BeforeEmoji + "🔥 is under control by evening", "https://news.example.org/peshawar")));

        var result = await CliRun.RunAsync("items", "--db", path);

        var title = TableRows.Row(result.Out, "1")[^1];
        Assert.StartsWith(BeforeEmoji, title, StringComparison.Ordinal);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.True(IsWellFormedUtf16(title), "The cell ends in " + string.Join(' ', title[^3..].Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))));
    }
}

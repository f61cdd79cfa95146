using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace FeedWatch.Cli.Tests;

public sealed class ExportCommandTests(NewsroomDatabase db) : IClassFixture<NewsroomDatabase>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ndjson_IsTheDefault_EveryItemOnceOldestFirst_WithContent()
    {
        var export = await CliRun.RunPipedAsync("export", "--db", db.Path);
        var listed = await db.RunAsync("items", "--format", "json", "--limit", "1000");

        Assert.Equal(0, export.ExitCode);
        var lines = export.Lines().Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        Assert.Equal(listed.Json().GetArrayLength(), lines.Count);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.String, line.GetProperty("content").ValueKind));
        var ids = lines.Select(line => line.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Order(), ids);
        var statement = lines.Single(line => line.GetProperty("id").GetInt32() == db.IdOf(NewsroomDatabase.StatementTitle));
        Assert.Equal(NewsroomDatabase.StatementContent, statement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Ndjson_OnATerminalWithoutOutputFile_WritesDataOnlyToStdout()
    {
        var export = await db.RunAsync("export");

        Assert.Equal(0, export.ExitCode);
        Assert.Equal("", export.Error);
        Assert.All(export.Lines(), line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_HasTheItemsColumnsPlusContent_AndQuotedTitlesRoundTrip()
    {
        var export = await db.RunAsync("export", "--format", "csv");
        var listed = await db.RunAsync("items", "--format", "csv", "--limit", "1000");

        var rows = ParseCsv(export.Out);
        var listedRows = ParseCsv(listed.Out);
        Assert.Equal([.. listedRows[0], "content"], rows[0]);
        Assert.Equal(listedRows.Count, rows.Count);
        var talks = rows.Single(row => row[0] == db.IdOf(NewsroomDatabase.TalksTitle).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(NewsroomDatabase.TalksTitle, talks[5]);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public async Task Feed_ForARule_HoldsExactlyItsItemsNewestFirst_WithLinksAndStableIds(string format)
    {
        var export = await db.RunAsync("export", "--rule", "TTP", "--format", format);
        var flagged = (await db.RunAsync("items", "--rule", "TTP", "--format", "json")).Json().EnumerateArray().ToList();

        Assert.Equal(0, export.ExitCode);
        var feed = LoadFeed(export.Out);
        Assert.Equal("FeedWatch: flagged for TTP", feed.Title.Text);
        Assert.NotEmpty(flagged);
        Assert.Equal(flagged.Select(item => $"feedwatch:item:{item.GetProperty("id").GetInt32()}"), feed.Items.Select(item => item.Id));
        Assert.Equal(flagged.Select(item => item.GetProperty("link").GetString()), feed.Items.Select(item => item.Links.Single().Uri.AbsoluteUri));
        Assert.All(feed.Items, item => Assert.Contains("TTP", item.Categories.Select(c => c.Name)));
        var bajaur = feed.Items.Single(item => item.Id == $"feedwatch:item:{db.IdOf(NewsroomDatabase.BajaurTitle)}");
        Assert.Equal(NewsroomDatabase.BajaurTitle, bajaur.Title.Text);
        Assert.Equal(NewsroomDatabase.BajaurSummary, ((TextSyndicationContent)bajaur.Summary).Text);
    }

    [Fact]
    public async Task Feed_IsCappedAtItsLimit_KeepingTheNewest()
    {
        var export = await db.RunAsync("export", "--format", "atom", "--limit", "2");
        var newest = (await db.RunAsync("items", "--format", "json", "--limit", "2")).Json().EnumerateArray();

        Assert.Equal(newest.Select(item => $"feedwatch:item:{item.GetProperty("id").GetInt32()}"), LoadFeed(export.Out).Items.Select(item => item.Id));
    }

    [Fact]
    public async Task SinceAndUntil_SelectOneWindowOfFirstSeenTimes()
    {
        var export = await db.RunAsync("export", "--since", "2026-11-02T07:00Z", "--until", "2026-11-02T10:00Z");

        var titles = export.Lines().Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString());
        Assert.Equal([NewsroomDatabase.TorkhamTitle, NewsroomDatabase.TalksTitle], titles);
    }

    [Fact]
    public async Task OutputFile_OnATerminal_GetsTheData_AndProgressGoesToStderr()
    {
        var path = _temp.File("ttp.xml");

        var export = await db.RunAsync("export", "--rule", "TTP", "--format", "rss", "--output", path);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal("", export.Out);
        var count = LoadFeed(File.ReadAllText(path)).Items.Count();
        Assert.EndsWith($"exported {count} items to {path}{Environment.NewLine}", export.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task OutputFile_WhenPiped_PrintsNoProgress()
    {
        var path = _temp.File("all.ndjson");

        var export = await CliRun.RunPipedAsync("export", "--output", path, "--db", db.Path);
        var listed = await db.RunAsync("items", "--format", "json", "--limit", "1000");

        Assert.Equal(0, export.ExitCode);
        Assert.Equal("", export.Out);
        Assert.Equal("", export.Error);
        Assert.Equal(listed.Json().GetArrayLength(), File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task OutputFile_InAMissingFolder_IsAUsageError()
    {
        var export = await db.RunAsync("export", "--output", _temp.File(Path.Combine("missing", "out.ndjson")));

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("Cannot write", export.Error, StringComparison.Ordinal);
    }

    private static SyndicationFeed LoadFeed(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    internal static List<string[]> ParseCsv(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}

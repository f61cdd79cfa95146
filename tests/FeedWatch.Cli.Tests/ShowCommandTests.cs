using System.Globalization;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Tests.Support;
using static FeedWatch.Cli.Tests.Support.NewsroomDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class ShowCommandTests(NewsroomDatabase db) : IClassFixture<NewsroomDatabase>
{
    private Task<CliResult> ShowAsync(string title, params string[] options) =>
        db.RunAsync(["show", db.IdOf(title).ToString(CultureInfo.InvariantCulture), .. options]);

    [Fact]
    public async Task Show_Table_PrintsIdAndTitleFirst()
    {
        var result = await ShowAsync(BajaurTitle);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"#{db.IdOf(BajaurTitle)}  {BajaurTitle}", result.Lines()[0]);
    }

    [Fact]
    public async Task Show_Table_PrintsLinkAndBothSources()
    {
        var lines = (await ShowAsync(BajaurTitle)).Lines();

        Assert.Contains($"Link:        {BajaurLink}", lines);
        Assert.Contains("Sources:     alpha, beta", lines);
    }

    [Fact]
    public async Task Show_Table_PrintsEachMatchWithRuleTermAndField()
    {
        var lines = (await ShowAsync(BajaurTitle)).Lines();

        Assert.Contains("  TTP: \"TTP\" in title", lines);
        Assert.Contains("  TTP: \"Tehrik-e-Taliban Pakistan\" in summary", lines);
    }

    [Fact]
    public async Task Show_Table_MarksEachHitInItsSnippet()
    {
        var lines = (await ShowAsync(BajaurTitle)).Lines();

        Assert.Contains("    »TTP« claims attack on checkpost in Bajaur", lines);
        Assert.Contains("    The »Tehrik-e-Taliban Pakistan« said its fighters attacked a checkpost.", lines);
    }

    [Fact]
    public async Task Show_Json_EachMatchCarriesItsHitOffsetsAndRuleVersion()
    {
        var item = (await ShowAsync(BajaurTitle, "--format", "json")).Json();

        var title = item.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("field").GetString() == "title");
        var snippet = title.GetProperty("snippet").GetString()!;
        Assert.Equal("TTP", snippet.Substring(title.GetProperty("hitStart").GetInt32(), title.GetProperty("hitLength").GetInt32()));
        var ttp = TestOptions.SampleRules().Single(rule => rule.Name == "TTP");
        Assert.Equal(WatchRuleVersion.Of(ttp), title.GetProperty("ruleVersion").GetString());
    }

    [Fact]
    public async Task Show_Table_PrintsContentBesideDifferentSummary()
    {
        var lines = (await ShowAsync(StatementTitle)).Lines().ToList();

        Assert.Equal("  " + StatementSummary, lines[lines.IndexOf("Summary:") + 1]);
        Assert.Equal("  " + StatementContent, lines[lines.IndexOf("Content:") + 1]);
    }

    [Fact]
    public async Task Show_Json_IncludesContent()
    {
        var item = (await ShowAsync(StatementTitle, "--format", "json")).Json();

        Assert.Equal(StatementTitle, item.GetProperty("title").GetString());
        Assert.Equal(StatementSummary, item.GetProperty("summary").GetString());
        Assert.Equal(StatementContent, item.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Show_UnknownId_ExitsTwoNamingTheId()
    {
        var result = await db.RunAsync("show", "9999");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No item with id 9999", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Show_CsvFormat_IsUsageError()
    {
        var result = await ShowAsync(BajaurTitle, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("items --format csv", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Show_UnknownFormat_IsUsageError()
    {
        var result = await ShowAsync(BajaurTitle, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Show_NonNumericId_IsUsageError()
    {
        var result = await db.RunAsync("show", "latest");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Show_Help_OffersOnlyFormatsShowAccepts()
    {
        var result = await CliRun.RunAsync("show", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Csv", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("JSON array", result.Out, StringComparison.Ordinal);
    }
}

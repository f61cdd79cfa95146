using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary><c>feedwatch export</c> over more items than one page of the store, and over text no feed should carry.</summary>
public sealed class ExportStreamingTests : IDisposable
{
    private static readonly DateTimeOffset PolledAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    // Several pages of the store's id scan, and a last page that is not full.
    private const int ManyItems = 2_600;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string DatabasePath => _temp.File("news.db");

    [Fact]
    public async Task ManyPages_EveryItemExportedExactlyOnce_InIdOrder()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            var entries = Enumerable.Range(0, ManyItems)
                .Select(i => new TestEntry($"Story {i}", $"https://bulk.example.org/story/{i}", Description: $"Summary {i}."))
                .ToArray();
            await builder.PollAsync("bulk", PolledAt, entries);
        }

        var export = await CliRun.RunPipedAsync("export", "--db", DatabasePath);

        var ids = export.Lines().Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt32()).ToList();
        using var store = LiteDbItemStore.Open(DatabasePath);
        var stored = store.Query(new ItemQuery { Limit = int.MaxValue, OldestFirst = true }).Select(item => item.Id).ToList();
        Assert.Equal(ManyItems, stored.Count);
        Assert.Equal(stored, ids);
    }

    [Fact]
    public async Task TextWithLineBreaksAndControlCharacters_StaysReadableInEveryFormat()
    {
        const string title = "TTP statement: \"no talks\",\nsays spokesman";
        await using (var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath))
        {
            builder.StoreDirectly("odd", PolledAt, new NormalizedItem(
                "odd-1", "https://odd.example.org/1", title, "Bell\u0007 and escape\u001b[2J in the summary.", null, "", null, [], PolledAt.UtcDateTime, "odd-hash"));
        }

        var csv = await CliRun.RunPipedAsync("export", "--format", "csv", "--db", DatabasePath);
        var rss = await CliRun.RunPipedAsync("export", "--format", "rss", "--db", DatabasePath);

        var rows = ExportCommandTests.ParseCsv(csv.Out);
        Assert.Equal(2, rows.Count);
        Assert.Equal(title, rows[1][5]);
        Assert.Equal(0, rss.ExitCode);
        using var reader = XmlReader.Create(new StringReader(rss.Out));
        var item = Assert.Single(SyndicationFeed.Load(reader).Items);
        Assert.Equal("Bell and escape in the summary.", ((TextSyndicationContent)item.Summary).Text);
        Assert.Equal(PolledAt, item.LastUpdatedTime);
    }
}

using System.Security;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>
/// A database as a desk would have it on 2026-11-02, filled through the real pipeline:
/// <list type="bullet">
/// <item><c>alpha</c> polled 2026-10-30 12:00Z: an HTTP 500 story (not flagged) and a TTP story.</item>
/// <item><c>beta</c> polled 2026-11-02 08:00Z: a frontier story, the TTP story again (same link, so one item with two sources), and a title with a comma and quotes.</item>
/// <item><c>gamma</c> polled 2026-11-02 12:00Z: a spreadsheet formula title, a title longer than the table column, and a TTP story with full content.</item>
/// <item><c>broken</c> (HTTP 500, polled twice) and <c>closed</c> (nothing listening, polled once): failing feeds.</item>
/// </list>
/// The CLI reads it at <see cref="CliRun.Now"/>, 2026-11-02 13:00Z. Tests only read it, so one copy serves a test class.
/// </summary>
public sealed class NewsroomDatabase : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset AlphaPolledAt = new(2026, 10, 30, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset BetaPolledAt = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset GammaPolledAt = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    public const string PortalTitle = "Government portal down with HTTP 500 errors";
    public const string BajaurTitle = "TTP claims attack on checkpost in Bajaur";
    public const string BajaurLink = "https://news.example.org/bajaur-attack";
    public const string BajaurSummary = "The Tehrik-e-Taliban Pakistan said its fighters attacked a checkpost.";
    public const string TorkhamTitle = "Traders stranded as Durand Line crossing closes";
    public const string TalksTitle = "Minister says \"talks, not war\" on frontier";
    public const string FormulaTitle = "=HYPERLINK(\"https://evil.example/\",\"details\")";
    public const string LongTitle =
        "Provincial assembly debates the annual development programme for the merged districts amid protests over delayed funds";
    public const string StatementTitle = "Pakistani Taliban statement rejects talks";
    public const string StatementSummary = "Short summary of the statement.";
    public const string StatementContent = "The full statement by the Pakistani Taliban ran to four pages and rejected talks.";

    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, int> _ids = [];

    public string Path => _temp.File("newsroom.db");

    /// <summary>The id the store gave the item with this title.</summary>
    public int IdOf(string title) => _ids[title];

    public async Task InitializeAsync()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(Path))
        {
            await builder.PollAsync("alpha", AlphaPolledAt,
                new TestEntry(PortalTitle, "https://news.example.org/portal-outage", Description: "Citizens saw HTTP 500 pages all morning.",
                    PubDate: "Fri, 30 Oct 2026 10:00:00 GMT"),
                new TestEntry(BajaurTitle, BajaurLink, Description: BajaurSummary, PubDate: "Fri, 30 Oct 2026 11:00:00 GMT"));
            await builder.PollServerErrorAsync("broken", AlphaPolledAt);

            await builder.PollAsync("beta", BetaPolledAt,
                new TestEntry(TorkhamTitle, "https://frontier.example.net/torkham", Description: "Trucks queued at Torkham on the Pak-Afghan border.",
                    PubDate: "Mon, 02 Nov 2026 07:00:00 GMT"),
                new TestEntry("Bajaur checkpost attacked, TTP says", BajaurLink, Description: "Beta's copy of the story.",
                    PubDate: "Fri, 30 Oct 2026 11:30:00 GMT"),
                new TestEntry(TalksTitle, "https://frontier.example.net/talks", Description: "Talks are planned.", PubDate: "Mon, 02 Nov 2026 07:30:00 GMT"));
            await builder.PollServerErrorAsync("broken", BetaPolledAt);

            await builder.PollXmlAsync("gamma", GammaPolledAt, GammaFeed());
            await builder.PollClosedPortAsync("closed", GammaPolledAt);
        }

        using var store = LiteDbItemStore.Open(Path);
        foreach (var item in store.Query(new ItemQuery { Limit = 100 }))
        {
            _ids.Add(item.Title, item.Id);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs <c>feedwatch</c> against this database at <see cref="CliRun.Now"/> in UTC.</summary>
    internal Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", Path]);

    // Written by hand because RssBuilder has no content:encoded, and the statement needs content beside its summary.
    private static string GammaFeed() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>gamma</title><link>https://gamma.example.com/</link><description>test</description>"
        + Item(FormulaTitle, "https://gamma.example.com/formula", "A title that is a formula.", "Mon, 02 Nov 2026 11:00:00 GMT", null)
        + Item(LongTitle, "https://gamma.example.com/assembly", "The assembly sat late.", "Mon, 02 Nov 2026 11:10:00 GMT", null)
        + Item(StatementTitle, "https://gamma.example.com/statement", StatementSummary, "Mon, 02 Nov 2026 11:20:00 GMT", $"<p>{StatementContent}</p>")
        + "</channel></rss>";

    private static string Item(string title, string link, string description, string pubDate, string? contentHtml) =>
        $"<item><title>{SecurityElement.Escape(title)}</title><link>{link}</link><pubDate>{pubDate}</pubDate>"
        + $"<description>{SecurityElement.Escape(description)}</description>"
        + (contentHtml is null ? "" : $"<content:encoded><![CDATA[{contentHtml}]]></content:encoded>")
        + "</item>";
}

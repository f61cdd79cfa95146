using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>
/// A database of stories as the daemon groups them at ingest (default story options, sample rules),
/// filled through the real poller, read at <see cref="CliRun.Now"/> (2026-11-02 13:00Z):
/// <list type="bullet">
/// <item>2026-10-25 10:00 <c>alpha</c>: a Khyber TTP story of one item.</item>
/// <item>2026-11-02 06:30 <c>wire</c>: the Bajaur attack (12 killed, published 06:10: the first report) and an unflagged cabinet story.</item>
/// <item>07:30 <c>daily</c>: the Bajaur attack again (15 killed) and the Torkham closure (published 07:10: its first report).</item>
/// <item>09:30 <c>aggregator</c>: the Bajaur attack a third time; 10:30 <c>wire</c>: Torkham's second report.</item>
/// <item>11:30 <c>mirror</c>: the aggregator's Bajaur item again (same link: one item, two sources).</item>
/// <item>12:00 <c>hostile</c>: a TTP story whose title carries terminal escape sequences.</item>
/// </list>
/// Stories, newest first: hostile (1 item), Torkham (2 items, 2 feeds), Bajaur (3 items, 4 feeds), cabinet, Khyber. Tests only read it.
/// </summary>
public sealed class StoriesDatabase : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset WirePolledAt = new(2026, 11, 2, 6, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DailyPolledAt = new(2026, 11, 2, 7, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AggregatorPolledAt = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset WireAgainPolledAt = new(2026, 11, 2, 10, 30, 0, TimeSpan.Zero);

    public const string WireBajaurTitle = "TTP militants attack checkpost in Bajaur, 12 soldiers martyred";
    public const string WireBajaurLink = "https://wire.example/bajaur-attack";
    public const string DailyBajaurTitle = "15 soldiers martyred as TTP militants storm Bajaur checkpost";
    public const string DailyBajaurLink = "https://daily.example/news/2211";
    public const string AggregatorBajaurTitle = "Bajaur checkpost attacked by TTP";
    public const string CabinetTitle = "Cabinet approves revised budget targets";
    public const string DailyTorkhamTitle = "Torkham crossing on Pak-Afghan border closed after clashes";
    public const string WireTorkhamTitle = "Pak-Afghan border crossing at Torkham closed after clashes";
    public const string KhyberTitle = "TTP ambush in Khyber kills four police officers";

    // OSC 0 retitles the terminal window, CSI 2J clears the screen; neither may reach the analyst's terminal.
    public const string HostileTitle = "TTP\u001b]0;pwned\u0007 warning\u001b[2J issued";

    private const string WireBajaurSummary =
        "Militants of the banned TTP attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing 12 soldiers, the military's media wing said.";

    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, int> _ids = [];

    public string Path => _temp.File("stories.db");

    /// <summary>The id the store gave the item with this title.</summary>
    public int IdOf(string title) => _ids[title];

    public async Task InitializeAsync()
    {
        await using (var builder = await FeedDatabaseBuilder.StartAsync(Path))
        {
            await builder.PollAsync("alpha", new DateTimeOffset(2026, 10, 25, 10, 0, 0, TimeSpan.Zero),
                new TestEntry(KhyberTitle, "https://alpha.example/khyber-ambush", Description: "Four police officers were killed when militants ambushed their van in Khyber.",
                    PubDate: "Sun, 25 Oct 2026 09:00:00 GMT"));
            await builder.PollAsync("wire", WirePolledAt,
                new TestEntry(WireBajaurTitle, WireBajaurLink, Description: WireBajaurSummary, PubDate: "Mon, 02 Nov 2026 06:10:00 GMT"),
                new TestEntry(CabinetTitle, "https://wire.example/budget", Description: "The federal cabinet approved revised revenue targets for the fiscal year.",
                    PubDate: "Mon, 02 Nov 2026 06:00:00 GMT"));
            await builder.PollAsync("daily", DailyPolledAt,
                new TestEntry(DailyBajaurTitle, DailyBajaurLink,
                    Description: "15 soldiers were martyred when TTP militants attacked a security checkpost in Bajaur's Mamund area on Tuesday night, the military's media wing said, adding that a search operation is under way.",
                    PubDate: "Mon, 02 Nov 2026 07:00:00 GMT"),
                new TestEntry(DailyTorkhamTitle, "https://daily.example/news/2212", Description: "Border guards exchanged fire at Torkham and the crossing was closed to trade.",
                    PubDate: "Mon, 02 Nov 2026 07:10:00 GMT"));
            var aggregatorBajaur = new TestEntry(AggregatorBajaurTitle, "https://aggregator.example/a/99",
                Description: "Militants of the banned TTP attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing 12 soldiers.",
                PubDate: "Mon, 02 Nov 2026 09:00:00 GMT");
            await builder.PollAsync("aggregator", AggregatorPolledAt, aggregatorBajaur);
            await builder.PollAsync("wire", WireAgainPolledAt,
                new TestEntry(WireTorkhamTitle, "https://wire.example/torkham", Description: "The Torkham crossing was closed after border guards exchanged fire.",
                    PubDate: "Mon, 02 Nov 2026 10:00:00 GMT"));
            await builder.PollAsync("mirror", new DateTimeOffset(2026, 11, 2, 11, 30, 0, TimeSpan.Zero), aggregatorBajaur);
            var hostileAt = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
            builder.StoreDirectly("hostile", hostileAt, new NormalizedItem(
                "hostile-1", "https://hostile.example/1", HostileTitle, "Officials \u001b[31mdenied\u001b[0m the report\u0007.", null, "", null, [], hostileAt.UtcDateTime, "hostile-hash"));
        }

        using var store = LiteDbItemStore.Open(Path);
        foreach (var item in store.Query(new ItemQuery { Limit = 100 }))
        {
            _ids.Add(item.Title, item.Id);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs <c>feedwatch</c> against this database at <see cref="CliRun.Now"/> in UTC, as on a terminal.</summary>
    internal Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", Path]);

    /// <summary>As a script would run it: output piped, so lists default to ndjson.</summary>
    internal Task<CliResult> RunPipedAsync(params string[] args) => CliRun.RunPipedAsync([.. args, "--db", Path]);
}

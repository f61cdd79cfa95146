using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>
/// A database for <c>feedwatch stats</c>, filled through the real poller under the sample rules
/// (TTP, Afghan-Pakistan frontier) on four different days, read at <see cref="CliRun.Now"/> (2026-11-02 13:00Z):
/// <list type="bullet">
/// <item>2026-10-20: alpha brings a TTP story and an unflagged one.</item>
/// <item>2026-10-30: alpha brings a TTP and a frontier story, beta a TTP story.</item>
/// <item>2026-11-01: beta brings three frontier stories; feed <c>[red]wire</c> (Spectre markup in its id) one unflagged story.</item>
/// <item>2026-11-02: alpha brings one story flagged by both rules.</item>
/// </list>
/// Over the default 30 days: TTP 4, frontier 5; alpha 5, beta 4, [red]wire 1. Tests only read it.
/// </summary>
public sealed class StatsDatabase : IAsyncLifetime, IDisposable
{
    public const string Frontier = "Afghan-Pakistan frontier";
    public const string MarkupFeed = "[red]wire";

    private readonly TempDirectory _temp = new();

    public string Path => _temp.File("stats.db");

    public async Task InitializeAsync()
    {
        await using var builder = await FeedDatabaseBuilder.StartAsync(Path);
        await builder.PollAsync("alpha", At(10, 20),
            new TestEntry("TTP claims attack in Bajaur", "https://alpha.example/1"),
            new TestEntry("Floods in Swat", "https://alpha.example/2"));
        await builder.PollAsync("alpha", At(10, 30),
            new TestEntry("Pakistani Taliban statement rejects talks", "https://alpha.example/3"),
            new TestEntry("Traders stranded as Durand Line crossing closes", "https://alpha.example/4"));
        await builder.PollAsync("beta", At(10, 30), new TestEntry("TTP ambush in Khyber", "https://beta.example/1"));
        await builder.PollAsync("beta", At(11, 1),
            new TestEntry("Trucks queue at the Pak-Afghan border", "https://beta.example/2"),
            new TestEntry("Shelling along the Durand Line", "https://beta.example/3"),
            new TestEntry("Afghan-Pakistan frontier talks resume", "https://beta.example/4"));
        // No HTTP path can carry this id; the store takes it as the daemon would from a config.
        builder.StoreDirectly(MarkupFeed, At(11, 1),
            new NormalizedItem(null, "https://wire.example/1", "Markets calm", "", null, "", null, [], null, "hash-wire-1"));
        await builder.PollAsync("alpha", At(11, 2), new TestEntry("TTP fighters cross the Durand Line", "https://alpha.example/5"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    internal Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", Path]);

    internal Task<CliResult> RunPipedAsync(params string[] args) => CliRun.RunPipedAsync([.. args, "--db", Path]);

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 8, 0, 0, TimeSpan.Zero);
}

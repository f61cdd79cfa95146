using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>The CLI reads the file the daemon is writing: both open it in LiteDB's shared mode.</summary>
public sealed class ConcurrentReadTests : IDisposable
{
    private const int Queries = 50;
    private const int PollsDuringQueries = 5;
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    // A feed of the 20 latest stories at round n: each poll adds one story and keeps nineteen, as a busy feed does.
    private static TestEntry[] StoriesAt(int round) =>
        Enumerable.Range(Math.Max(0, round - 19), Math.Min(round + 1, 20))
            .Select(n => new TestEntry(n % 3 == 0 ? $"TTP story {n}" : $"Story {n}", $"https://busy.example.org/{n}", Description: $"Body of story {n}."))
            .ToArray();

    [Fact]
    public async Task Items_WhileFeedsAreIngested_EveryQuerySucceedsAndParses()
    {
        var path = _temp.File("busy.db");
        await using var builder = await FeedDatabaseBuilder.StartAsync(path);
        await builder.PollAsync("busy", Start, StoriesAt(0));
        using var stop = new CancellationTokenSource();
        var polls = 0;
        var writer = Task.Run(async () =>
        {
            for (var round = 1; !stop.IsCancellationRequested; round++)
            {
                // Throws when a poll is not stored, which fails the test at 'await writer'.
                await builder.PollAsync("busy", Start.AddMinutes(round), StoriesAt(round));
                Interlocked.Increment(ref polls);
            }
        });

        var results = new List<CliResult>();
        try
        {
            // At least 50 queries, and enough that several polls commit between the first and the last.
            while (results.Count < Queries || Volatile.Read(ref polls) < PollsDuringQueries)
            {
                results.Add(await CliRun.RunAsync("items", "--format", "json", "--limit", "500", "--db", path));
                Assert.False(writer.IsCompleted, "The writer stopped early.");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        Assert.All(results, result =>
        {
            Assert.Equal((0, ""), (result.ExitCode, result.Error));
            Assert.NotEmpty(result.JsonTitles());
        });
    }
}

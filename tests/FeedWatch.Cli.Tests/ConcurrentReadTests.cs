using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>The CLI reads the file the daemon is writing: both open it in LiteDB's shared mode.</summary>
public sealed class ConcurrentReadTests : IDisposable
{
    private const int Queries = 1_000;
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
                string[] query = (results.Count % 4) switch
                {
                    0 => ["items", "--format", "json", "--limit", "500"],
                    1 => ["items", "--flagged", "--format", "json", "--limit", "500"],
                    2 => ["items", "--search", "story", "--format", "json", "--limit", "500"],
                    _ => ["items", "--rule", "TTP", "--sort", "oldest", "--format", "json", "--limit", "500"],
                };
                results.Add(await CliRun.RunAsync([.. query, "--db", path]));
                Assert.False(writer.IsCompleted, "The writer stopped early.");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        for (var i = 0; i < results.Count; i++)
        {
            Assert.Equal((0, ""), (results[i].ExitCode, results[i].Error));
            AssertConsistent(results[i].JsonTitles(), flaggedOnly: i % 4 is 1 or 3, oldestFirst: i % 4 == 3);
        }
    }

    /// <summary>
    /// Stories are stored one a poll in number order, so a consistent answer is a run of consecutive
    /// story numbers (every third one, when flagged), with no gap, repeat or reordering a torn read
    /// would leave.
    /// </summary>
    private static void AssertConsistent(IReadOnlyList<string> titles, bool flaggedOnly, bool oldestFirst)
    {
        Assert.NotEmpty(titles);
        var numbers = titles.Select(title => int.Parse(title.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var step = (flaggedOnly ? 3 : 1) * (oldestFirst ? 1 : -1);
        for (var i = 1; i < numbers.Count; i++)
        {
            Assert.Equal(numbers[i - 1] + step, numbers[i]);
        }
    }
}

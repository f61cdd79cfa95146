using System.Collections.Concurrent;
using System.Diagnostics;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace FeedWatch.Core.Tests.Polling;

/// <summary>
/// The whole corpus, and damaged copies of every file in it, each served over HTTP as its own feed
/// and polled once through the real poller into a real store. Whatever a publisher sends, a poll
/// ends in stored items or in a failure recorded on the feed, never in an exception, and never in
/// the poller's catch-all for bugs ("Internal").
/// </summary>
public sealed class BadInputPipelineTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
    private const int Seed = 20261125;

    // Chosen so the set passes 2,000 documents: 313 originals, 725 truncations, 939 flipped copies
    // and 64 splices, 2,041 in all, polled in about 15-25 s on two cores.
    private const int FlippedCopiesPerFile = 3;
    private const int Splices = 64;

    // Enough polls in flight to keep both the parser and the group-commit writer busy.
    private const int PollsInFlight = 16;

    // Kinds a document can earn. Anything else (a timeout, a network error) would mean the harness
    // failed to deliver the document, and the document would not have been tested.
    private static readonly string[] DocumentFailureKinds = ["Parse", "NotAFeed"];

    private readonly TempDirectory _temp = new();
    private LoopbackFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PollAsync_EveryCorpusFileTruncatedFlippedAndSpliced_StoresOrRecordsAFailureNeverThrows()
    {
        var stopwatch = Stopwatch.StartNew();
        var documents = MutatedCorpus.Generate(Seed, FlippedCopiesPerFile, Splices);
        var generated = stopwatch.Elapsed;
        Assert.True(documents.Count >= 2000, $"Only {documents.Count} documents were generated.");

        var feeds = new FeedDefinition[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var (body, contentType) = (documents[i].Body, documents[i].ContentType);
            var path = $"/doc/{i}";
            _server.Handle(path, async context =>
            {
                context.Response.ContentType = contentType;
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
            });
            feeds[i] = new FeedDefinition { Id = $"doc{i:D4}", Url = _server.Url(path).AbsoluteUri, Interval = TimeSpan.FromMinutes(10) };
        }

        var databasePath = _temp.File("bad-input.db");
        var options = TestOptions.Create(databasePath);
        // Every document comes from the one loopback host, whose default politeness limit of 2 would
        // serialise the run; and a slow machine must not turn a document's poll into a timeout.
        options.Polling.MaxConcurrentPerHost = PollsInFlight;
        options.Polling.MaxConcurrentPolls = PollsInFlight;
        options.Polling.Timeout = TimeSpan.FromSeconds(60);

        var outcomes = new PollOutcome?[documents.Count];
        var thrown = new ConcurrentDictionary<int, Exception>();
        var problems = new List<string>();
        var internalFailures = new List<string>();
        var failedByKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var storedByMutation = documents.CountBy(document => document.Mutation).ToDictionary(pair => pair.Key, _ => 0);
        var (stored, storedItems) = (0, 0);
        using (var pipeline = new PipelineFactory(options, new FakeTimeProvider(Start)))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, documents.Count), new ParallelOptions { MaxDegreeOfParallelism = PollsInFlight }, async (i, cancellationToken) =>
            {
                try
                {
                    outcomes[i] = await pipeline.Poller.PollAsync(feeds[i], cancellationToken);
                }
#pragma warning disable CA1031 // Catching everything is the point: an escaping exception is the bug this test looks for, and every one must be named with its document.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    thrown[i] = ex;
                }
            });
            var polled = stopwatch.Elapsed;

            for (var i = 0; i < documents.Count; i++)
            {
                var recipe = documents[i].Recipe;
                if (thrown.TryGetValue(i, out var exception))
                {
                    problems.Add($"{recipe}: PollAsync threw {exception}");
                    continue;
                }

                var outcome = outcomes[i]!;
                var state = pipeline.Store.GetFeed(feeds[i].Id);
                if (state is null)
                {
                    problems.Add($"{recipe}: {outcome.Status}, but no feed state was saved");
                    continue;
                }

                switch (outcome.Status)
                {
                    case PollStatus.Stored:
                        stored++;
                        storedByMutation[documents[i].Mutation]++;
                        storedItems += outcome.New;
                        CheckStored(pipeline.Store, recipe, outcome, state, problems);
                        break;
                    case PollStatus.Failed:
                        var kind = state.LastErrorKind ?? "(none)";
                        failedByKind[kind] = failedByKind.GetValueOrDefault(kind) + 1;
                        if (kind == "Internal")
                        {
                            internalFailures.Add($"{recipe}: {state.LastError}");
                        }

                        CheckFailed(recipe, outcome, state, problems);
                        break;
                    default:
                        problems.Add($"{recipe}: a first poll ended {outcome.Status}");
                        break;
                }
            }

            // Internal failures are logged at Error with the exception; nothing else in the poller logs at Error.
            var errors = pipeline.PollerLog.Entries.Where(entry => entry.Level >= LogLevel.Error).Select(entry => entry.Message).ToList();
            output.WriteLine($"Generated {documents.Count} documents in {generated.TotalSeconds:0.0} s; polled and checked in {(polled - generated).TotalSeconds:0.0} s + {(stopwatch.Elapsed - polled).TotalSeconds:0.0} s.");
            WriteList("Documents recorded as Internal failures", internalFailures);
            WriteList("Poller errors logged", errors);
            WriteList("Problems", problems);
            Assert.Empty(internalFailures);
            Assert.Empty(errors);
            Assert.Empty(problems);
        }

        // The run's writes leave a database that opens again with every item and every feed in it.
        using (var reopened = LiteDbItemStore.Open(databasePath))
        {
            var items = reopened.StreamItems(new ItemQuery { Limit = int.MaxValue }).Count();
            var feedsSaved = reopened.GetFeeds().Count;
            Assert.Equal((documents.Count, storedItems), (feedsSaved, items));
        }

        var failed = documents.Count - stored;
        output.WriteLine($"{documents.Count} documents: {stored} stored ({storedItems} items), {failed} failed ({string.Join(", ", failedByKind.Select(pair => $"{pair.Key} {pair.Value}"))}); {stopwatch.Elapsed.TotalSeconds:0.0} s in all.");
        output.WriteLine("Stored by mutation: " + string.Join(", ", documents.CountBy(document => document.Mutation).Select(pair => $"{pair.Key} {storedByMutation[pair.Key]} of {pair.Value}")) + ".");
    }

    private static void CheckStored(IItemStore store, string recipe, PollOutcome outcome, FeedState state, List<string> problems)
    {
        if (state.ConsecutiveFailures != 0 || state.LastErrorKind is not null || state.NextPollAt is null)
        {
            problems.Add($"{recipe}: stored, but the feed reads {state.ConsecutiveFailures} failures, error kind {state.LastErrorKind}, next poll {state.NextPollAt}");
        }

        var items = store.Query(new ItemQuery { FeedId = state.Id, Limit = int.MaxValue });
        // Items are shared across feeds by link, so a first poll may update another document's item
        // rather than add one; either way the feed is then among its sources.
        if (items.Count != outcome.New + outcome.Updated || state.ItemCount != items.Count)
        {
            problems.Add($"{recipe}: {outcome.New} new and {outcome.Updated} updated reported, {items.Count} items stored, feed counts {state.ItemCount}");
        }

        foreach (var item in items.Where(item => item.Title is null || string.IsNullOrEmpty(item.DedupKey)))
        {
            problems.Add($"{recipe}: item {item.Id} has title {item.Title ?? "null"} and dedup key '{item.DedupKey}'");
        }
    }

    private static void CheckFailed(string recipe, PollOutcome outcome, FeedState state, List<string> problems)
    {
        if (string.IsNullOrEmpty(state.LastErrorKind) || string.IsNullOrEmpty(state.LastError) || state.ConsecutiveFailures < 1 || state.NextPollAt is null || string.IsNullOrEmpty(outcome.Error))
        {
            problems.Add($"{recipe}: failed ({outcome.Error}), but the feed reads kind '{state.LastErrorKind}', error '{state.LastError}', {state.ConsecutiveFailures} failures, next poll {state.NextPollAt}");
        }
        else if (state.LastErrorKind != "Internal" && !DocumentFailureKinds.Contains(state.LastErrorKind))
        {
            problems.Add($"{recipe}: failed with {state.LastErrorKind} ({state.LastError}): the document never reached the parser");
        }
    }

    private void WriteList(string heading, List<string> lines)
    {
        output.WriteLine($"{heading}: {lines.Count}");
        foreach (var line in lines)
        {
            output.WriteLine("    " + line);
        }
    }
}

using FeedWatch.Cli;
using FeedWatch.Core.Storage;

// Most commands open the store once the config is read; LiteDB's one-time start-up (and Lucene's, for
// a search) runs meanwhile on the other core (~40 ms of every query otherwise).
var searching = args.Any(arg => arg.StartsWith("--search", StringComparison.Ordinal));
_ = Task.Run(() =>
{
    LiteDbItemStore.WarmUp();
    if (searching)
    {
        FeedWatch.Core.Search.SearchIndex.WarmUp();
    }
});

// Console.Out flushes on every write: an export of a million items to a pipe made millions of write
// calls and ran at half the speed of the same export to a file (bench/README.md, cli).
await using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
var console = CliConsole.System with { Out = output };
return await CliApp.RunAsync(args, console, CancellationToken.None);

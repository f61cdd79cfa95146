using System.CommandLine;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli;

/// <summary>
/// The search index beside the database. The daemon keeps it close behind the items; when it lags
/// far (the daemon is stopped, or only ran with --once) and nobody else is writing it, the CLI
/// brings it up to date before answering, showing progress on a terminal.
/// </summary>
internal static class SearchOpener
{
    private const int CatchUpAbove = 20_000;

    public static SearchIndex Open(ParseResult parse, IItemStore store, CliConsole console)
    {
        var index = SearchIndex.Open(StoreOpener.DatabasePath(parse));
        if (store.NewestItemId() - index.Through > CatchUpAbove)
        {
            using var writer = index.TryOpenWriter();
            if (writer is not null)
            {
                var progress = TerminalProgress.For(console, "indexing for search:");
                var indexed = SearchIndexUpdater.CatchUp(store, writer, progress);
                progress.Finish($"indexed {TerminalProgress.Number(indexed)} items for search.");
            }
        }

        return index;
    }
}

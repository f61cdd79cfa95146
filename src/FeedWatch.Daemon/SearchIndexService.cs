using FeedWatch.Core.Configuration;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedWatch.Daemon;

/// <summary>
/// Keeps the search index a few seconds behind the items, off the polls' path: searches stay
/// complete without it (SearchIndex reads the lag directly), only slower when the lag is large.
/// </summary>
internal sealed partial class SearchIndexService(IItemStore store, IOptionsMonitor<FeedWatchOptions> options, ILogger<SearchIndexService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var index = SearchIndex.Open(options.CurrentValue.Storage.Path);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                CatchUp(index, stoppingToken);
                await Task.Delay(Pause, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: what was committed stays; the rest is indexed at the next start.
        }
    }

    private void CatchUp(SearchIndex index, CancellationToken stoppingToken)
    {
        try
        {
            if (store.NewestItemId() <= index.Through && store.PendingReindex(1).Count == 0)
            {
                return;
            }

            // A CLI catching up after a long stop holds the writer; try again after the pause.
            using var writer = index.TryOpenWriter();
            if (writer is not null)
            {
                var indexed = SearchIndexUpdater.CatchUp(store, writer, cancellationToken: stoppingToken);
                LogIndexed(logger, indexed, writer.Through);
            }
        }
#pragma warning disable CA1031 // The index is a cache: a failure is logged and retried, and must never stop the daemon.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, SearchIndex.PathFor(options.CurrentValue.Storage.Path));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search index: {Indexed} items indexed, through item {Through}")]
    private static partial void LogIndexed(ILogger logger, int indexed, int through);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index {IndexPath} could not be updated; searches read the newest items directly until it can (delete the folder to rebuild it)")]
    private static partial void LogFailed(ILogger logger, Exception exception, string indexPath);
}

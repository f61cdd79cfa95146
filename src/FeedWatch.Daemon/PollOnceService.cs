using FeedWatch.Core.Alerts;
using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedWatch.Daemon;

/// <summary>
/// <c>--once</c>: every enabled feed once, then stop the host. Polls start together and the
/// <see cref="Core.Polling.PollGate"/> applies the global and per-host limits, so a slow publisher
/// never holds back the others.
/// </summary>
internal sealed class PollOnceService(
    FeedPollRunner runner, WebhookDispatcher webhooks, IOptionsMonitor<FeedWatchOptions> options, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var current = options.CurrentValue;
            await Parallel.ForEachAsync(
                current.Feeds.Where(feed => feed.Enabled),
                new ParallelOptions { MaxDegreeOfParallelism = FeedScheduling.MaxPollsInProgress, CancellationToken = stoppingToken },
                async (feed, ct) => await runner.PollAsync(feed.Id, onlyIfDue: false, ct));
            // Due retries wait for the next run; the first attempt of this run's alerts goes out now.
            await webhooks.DeliverDueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl-C during --once: stop quietly.
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}

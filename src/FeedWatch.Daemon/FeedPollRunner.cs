using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedWatch.Daemon;

/// <summary>
/// Polls one configured feed by id for both the scheduler and <c>--once</c>. Quartz does not
/// cancel jobs on shutdown, so the host's stopping token is linked in here.
/// </summary>
internal sealed class FeedPollRunner(FeedPoller poller, IOptionsMonitor<FeedWatchOptions> options, IHostApplicationLifetime lifetime)
{
    /// <param name="onlyIfDue">True for scheduled runs; <c>--once</c> polls every feed that is not backing off.</param>
    public async Task<PollOutcome?> PollAsync(string feedId, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var feed = options.CurrentValue.Feeds.FirstOrDefault(f => f.Id == feedId && f.Enabled);
        if (feed is null)
        {
            return null;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            return onlyIfDue
                ? await poller.PollIfDueAsync(feed, linked.Token)
                : await poller.PollAsync(feed, linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // Shutting down: the poll is abandoned before anything was written.
            return null;
        }
    }
}

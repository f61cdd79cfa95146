using System.Reflection;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedWatch.Daemon;

/// <summary>
/// Rewrites the heartbeat in the database every Health:HeartbeatInterval, so that
/// <c>feedwatch health</c> (a Docker HEALTHCHECK, a monitoring probe) can tell a live daemon from a
/// dead or hung one. A <c>--once</c> run writes one at its start and no more: it is about to exit,
/// and a cron schedule is then checked with a <c>--max-age</c> longer than its period.
/// </summary>
internal sealed partial class HeartbeatService(
    IItemStore store, IOptionsMonitor<FeedWatchOptions> options, TimeProvider time, ILogger<HeartbeatService> logger, bool once)
    : BackgroundService
{
    private static readonly string Version =
        typeof(HeartbeatService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private readonly DateTime _startedAt = time.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Write();
        if (once)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.CurrentValue.Health.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Write();
                // A reloaded config may have changed the interval; the next tick follows it.
                timer.Period = options.CurrentValue.Health.HeartbeatInterval;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the heartbeat simply ages, which is what health should then see.
        }
    }

    private void Write()
    {
        var current = options.CurrentValue;
        try
        {
            store.SaveHeartbeat(new Heartbeat
            {
                WrittenAt = time.GetUtcNow().UtcDateTime,
                StartedAt = _startedAt,
                ProcessId = Environment.ProcessId,
                HostName = Environment.MachineName,
                Version = Version,
                Feeds = current.Feeds.Count(feed => feed.Enabled),
                IntervalSeconds = current.Health.HeartbeatInterval.TotalSeconds,
                Once = once,
            });
        }
#pragma warning disable CA1031 // An exception here would stop the host and every poll with it; a missed beat is what health reports.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogWriteFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the heartbeat; `feedwatch health` will see it age")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}

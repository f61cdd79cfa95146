using FeedWatch.Core.Configuration;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedWatch.Daemon;

/// <summary>Runs retention a minute after start and then every Retention:RunEvery, with the options in force at each run.</summary>
internal sealed partial class RetentionService(RetentionRun retention, IOptionsMonitor<FeedWatchOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunAfter, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                RunOnce();
                await Task.Delay(options.CurrentValue.Retention.RunEvery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown between runs; a purge page is one transaction, so nothing is left half done.
        }
    }

    private void RunOnce()
    {
        try
        {
            retention.Run(options.CurrentValue.Retention);
        }
#pragma warning disable CA1031 // Retention failing must not stop polling; it is logged and tried again at the next run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run failed; it is tried again at the next run")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

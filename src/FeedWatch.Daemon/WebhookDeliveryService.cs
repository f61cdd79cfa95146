using FeedWatch.Core.Alerts;
using Microsoft.Extensions.Hosting;

namespace FeedWatch.Daemon;

/// <summary>Sends queued webhooks when a poll queues some, and checks for due retries every half minute.</summary>
internal sealed class WebhookDeliveryService(WebhookDispatcher dispatcher) : BackgroundService
{
    private static readonly TimeSpan RetryCheck = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
                await dispatcher.WaitForWorkAsync(RetryCheck, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: undelivered webhooks stay in the outbox for the next start.
        }
    }
}

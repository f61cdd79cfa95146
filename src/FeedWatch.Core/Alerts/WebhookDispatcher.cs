using System.Net.Http.Json;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FeedWatch.Core.Alerts;

/// <summary>
/// Delivers the webhook outbox. Runs beside polling, never inside it: a slow or dead receiver costs
/// polling nothing. Each delivery is POSTed until the receiver answers 2xx, with exponential back-off
/// between attempts, then taken off the outbox; the <c>X-FeedWatch-Delivery</c> header lets a
/// receiver drop the one duplicate a crash between its 2xx and our bookkeeping could cause.
/// </summary>
public sealed partial class WebhookDispatcher(
    IItemStore store,
    WatchRuleSet rules,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider,
    Random random,
    ILogger<WebhookDispatcher> logger) : IDisposable
{
    public const string HttpClientName = "webhooks";
    public const string DeliveryHeader = "X-FeedWatch-Delivery";
    public const int MaxAttempts = 12;
    private const int BatchSize = 50;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromHours(2);

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Called after a write that queued deliveries, so they go out now rather than at the next check.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another poll woke it first; once is enough.
            }
        }
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits until woken or <paramref name="timeout"/> passes.</summary>
    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    /// <returns>How many deliveries were attempted.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var attempted = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = store.GetDueWebhooks(timeProvider.GetUtcNow().UtcDateTime, BatchSize);
            foreach (var delivery in due)
            {
                await DeliverAsync(delivery, cancellationToken);
            }

            attempted += due.Count;
            if (due.Count < BatchSize)
            {
                return attempted;
            }
        }

        return attempted;
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var url = rules.Current.WebhookFor(delivery.Rule);
        var item = store.GetItem(delivery.ItemId);
        if (url is null || item is null)
        {
            // The rule, its webhook or the item is gone from the config or the store: nothing to say any more.
            LogDropped(logger, delivery.Id, delivery.Rule);
            store.CompleteWebhook(delivery.Id);
            return;
        }

        var error = await PostAsync(url, WebhookPayload.For(delivery, item), delivery.Id, cancellationToken);
        if (error is null)
        {
            store.CompleteWebhook(delivery.Id);
            LogDelivered(logger, delivery.Rule, delivery.ItemId, url, delivery.Attempts + 1);
            return;
        }

        delivery.Attempts++;
        delivery.LastError = error;
        if (delivery.Attempts >= MaxAttempts)
        {
            LogAbandoned(logger, delivery.Rule, delivery.ItemId, url, delivery.Attempts, error);
            store.CompleteWebhook(delivery.Id);
            return;
        }

        var delay = RetryDelay(delivery.Attempts);
        delivery.NextAttemptAt = timeProvider.GetUtcNow().UtcDateTime + delay;
        store.SaveWebhook(delivery);
        LogRetrying(logger, delivery.Rule, delivery.ItemId, url, error, delay);
    }

    private async Task<string?> PostAsync(Uri url, WebhookPayload payload, string deliveryId, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(payload) };
            request.Headers.Add(DeliveryHeader, deliveryId);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timed out";
        }
    }

    /// <summary>30 s, 1 min, 2 min … capped at 2 h, each ±20 % so that retries after an outage spread out.</summary>
    private TimeSpan RetryDelay(int attempts)
    {
        var exponential = FirstRetry * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = exponential < MaxRetry ? exponential : MaxRetry;
        return capped * (0.8 + (0.4 * random.NextDouble()));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook for {Rule} delivered: item {ItemId} to {Url} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string rule, int itemId, Uri url, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for {Rule} failed: item {ItemId} to {Url}: {Error}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string rule, int itemId, Uri url, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook for {Rule} abandoned after {Attempts} attempts: item {ItemId} to {Url}: {Error}")]
    private static partial void LogAbandoned(ILogger logger, string rule, int itemId, Uri url, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} dropped: rule {Rule} has no webhook now, or the item is gone")]
    private static partial void LogDropped(ILogger logger, string deliveryId, string rule);
}

namespace FeedWatch.Core.Storage;

/// <summary>The webhook outbox: queued with the items it is about, taken off once delivered.</summary>
public sealed partial class LiteDbItemStore
{
    /// <summary>Inside the ingest transaction.</summary>
    private void QueueWebhooks(IReadOnlyList<ItemAlert> alerts, IReadOnlySet<string>? webhookRules, DateTime now)
    {
        if (webhookRules is null || webhookRules.Count == 0)
        {
            return;
        }

        foreach (var alert in alerts)
        {
            foreach (var rule in alert.Rules.Where(webhookRules.Contains))
            {
                _webhooks.Upsert(new WebhookDelivery
                {
                    Id = WebhookDelivery.KeyOf(alert.Item.Id, rule), ItemId = alert.Item.Id, Rule = rule, QueuedAt = now, NextAttemptAt = now,
                });
            }
        }
    }

    public IReadOnlyList<WebhookDelivery> GetDueWebhooks(DateTime now, int limit)
    {
        lock (_gate)
        {
            return _webhooks.Query().Where(d => d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Limit(limit).ToList();
        }
    }

    public void SaveWebhook(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        lock (_gate)
        {
            _webhooks.Upsert(delivery);
        }
    }

    public void CompleteWebhook(string deliveryId)
    {
        lock (_gate)
        {
            _webhooks.Delete(deliveryId);
        }
    }
}

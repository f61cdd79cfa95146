namespace FeedWatch.Core.Storage;

/// <summary>
/// One webhook POST still to make: an outbox row written in the same transaction as the item it is
/// about, so a crash can neither lose it nor queue it twice (its id is the item and the rule).
/// </summary>
public sealed class WebhookDelivery
{
    public static string KeyOf(int itemId, string rule) => $"{itemId}|{rule}";

    [LiteDB.BsonId(autoId: false)]
    public string Id { get; set; } = "";

    public int ItemId { get; set; }

    public string Rule { get; set; } = "";

    public DateTime QueuedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

namespace FeedWatch.Core.Storage;

/// <summary>An item whose text changed after it was stored: the search index must read it again.</summary>
public sealed class ReindexEntry
{
    [LiteDB.BsonId(autoId: false)]
    public int Id { get; set; }

    /// <summary>The item's <see cref="StoredItem.LastSeen"/> when queued; a later change queues it again with a later stamp.</summary>
    public DateTime Stamp { get; set; }
}

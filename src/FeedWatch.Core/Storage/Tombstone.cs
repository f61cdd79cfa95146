namespace FeedWatch.Core.Storage;

/// <summary>
/// What is left of a purged item: its keys, so that a feed still carrying the story does not bring
/// it back as new. Kept for a while after the purge, then purged in turn.
/// </summary>
public sealed class Tombstone
{
    /// <summary>The item's dedup key.</summary>
    [LiteDB.BsonId(autoId: false)]
    public string Id { get; set; } = "";

    public List<string> EntryKeys { get; set; } = [];

    public DateTime PurgedAt { get; set; }
}

namespace FeedWatch.Core.Storage;

/// <summary>What FeedWatch knows about one configured feed: validators, timing and health.</summary>
public sealed class FeedState
{
    /// <summary>The feed's config id.</summary>
    [LiteDB.BsonId(autoId: false)]
    public string Id { get; set; } = "";

    /// <summary>The configured URL, as of the last poll.</summary>
    public string Url { get; set; } = "";

    /// <summary>Where the feed moved (a permanent redirect); polled instead of <see cref="Url"/> until the config changes.</summary>
    public string? MovedTo { get; set; }

    public string? Title { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public DateTime? FirstPollAt { get; set; }

    public DateTime? LastPollAt { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    public DateTime? LastNewItemAt { get; set; }

    /// <summary>Earliest time the next poll may run; later than the interval while backing off.</summary>
    public DateTime? NextPollAt { get; set; }

    public string? NextPollReason { get; set; }

    /// <summary>The feed's own refresh hint (ttl, sy:updatePeriod) from its last successful parse.</summary>
    public TimeSpan? FeedTtl { get; set; }

    /// <summary>No new item for longer than the feed's StaleAfter.</summary>
    public bool Stale { get; set; }

    public int ConsecutiveFailures { get; set; }

    public string? LastErrorKind { get; set; }

    public string? LastError { get; set; }

    public DateTime? LastErrorAt { get; set; }

    public int ItemCount { get; set; }

    /// <summary>
    /// <see cref="Deduplication.EntryFingerprint"/>s of the entries of the last stored poll: those
    /// entries were stored then, so the next poll skips any it finds unchanged.
    /// </summary>
    public List<long> EntryFingerprints { get; set; } = [];

    /// <summary>Removed from the config; its items stay.</summary>
    public bool Retired { get; set; }
}

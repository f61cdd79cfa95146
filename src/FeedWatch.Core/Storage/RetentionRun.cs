using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Logging;

namespace FeedWatch.Core.Storage;

/// <summary>One retention pass over the store with the retention options in force.</summary>
public sealed partial class RetentionRun(IItemStore store, TimeProvider timeProvider, ILogger<RetentionRun> logger)
{
    /// <returns>Null when retention is off (no Retention:MaxAge).</returns>
    public PurgeResult? Run(RetentionOptions retention)
    {
        ArgumentNullException.ThrowIfNull(retention);
        if (retention.MaxAge is not { } maxAge)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var result = store.Purge(now - maxAge, now - (retention.FlaggedMaxAge ?? maxAge), now - retention.TombstoneMaxAge, now);
        LogPurged(logger, result.Purged, maxAge, result.KeptFlagged, result.TombstonesPurged, result.Compacted);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: purged {Purged} items first seen more than {MaxAge} ago (tombstones kept), kept {KeptFlagged} older flagged items, dropped {TombstonesPurged} old tombstones; compacted: {Compacted}")]
    private static partial void LogPurged(ILogger logger, int purged, TimeSpan maxAge, int keptFlagged, int tombstonesPurged, bool compacted);
}

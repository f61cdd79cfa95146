namespace FeedWatch.Core.Storage;

/// <param name="Purged">Items deleted (each leaving a tombstone).</param>
/// <param name="KeptFlagged">Items old enough to go that were kept because they are flagged and the flagged age is longer.</param>
/// <param name="TombstonesPurged">Tombstones older than their own age, deleted.</param>
/// <param name="Compacted">Whether the file was rebuilt to give the space back.</param>
public sealed record PurgeResult(int Purged, int KeptFlagged, int TombstonesPurged, bool Compacted);

using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Deduplication;

/// <summary>An item ready to store: what it says, how it is recognised, and what it matched.</summary>
public sealed record IdentifiedItem(NormalizedItem Item, ItemIdentity Identity, IReadOnlyList<WatchMatch> Matches);

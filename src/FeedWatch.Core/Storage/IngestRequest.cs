using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;

namespace FeedWatch.Core.Storage;

/// <summary>One poll's write: the feed's new state and its entries (none for a 304 or a failure).</summary>
/// <param name="Items">The entries that were new or changed since the feed's last stored poll.</param>
/// <param name="EntryFingerprints">
/// Every entry of this poll, changed or not; stored on the feed only if the write commits, so that an
/// entry whose write was lost is never skipped. Null leaves the feed's fingerprints as they are.
/// </param>
/// <param name="WebhookRules">Rules with a webhook: a new item they alert for gets a delivery queued in the same transaction.</param>
/// <param name="Stories">How items are grouped into stories; null: the defaults.</param>
/// <param name="EveryCopyRules">Rules that alert for every copy of a story, not once per story.</param>
public sealed record IngestRequest(
    FeedState State,
    IReadOnlyList<IdentifiedItem> Items,
    DateTime Now,
    IReadOnlyList<long>? EntryFingerprints = null,
    IReadOnlySet<string>? WebhookRules = null,
    StoryOptions? Stories = null,
    IReadOnlySet<string>? EveryCopyRules = null);

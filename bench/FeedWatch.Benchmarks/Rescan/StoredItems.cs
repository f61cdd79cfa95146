using System.Security.Cryptography;
using System.Text;
using FeedWatch.Benchmarks.Matching;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;

namespace FeedWatch.Benchmarks.Rescan;

/// <summary>Stores generated items the way a poll does (normalized, matched, in one transaction per batch), over 20 feeds.</summary>
internal static class StoredItems
{
    private const int Feeds = 20;
    private const int Batch = 1_000;
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Fill(IItemStore store, MatchWorkload workload, WatchMatcher matcher)
    {
        var states = Enumerable.Range(0, Feeds).Select(i => new FeedState { Id = $"feed-{i}", Url = $"https://feed-{i}.example/rss" }).ToList();
        for (var offset = 0; offset < workload.Items.Count; offset += Batch)
        {
            var now = Start.AddMinutes(offset / Batch);
            var requests = workload.Items.Skip(offset).Take(Batch)
                .Select((fields, i) => (Feed: (offset + i) % Feeds, Item: Identify(offset + i, fields, (offset + i) % Feeds, matcher, now)))
                .GroupBy(pair => pair.Feed)
                .Select(group => new IngestRequest(states[group.Key], group.Select(pair => pair.Item).ToList(), now))
                .ToList();
            store.IngestBatch(requests);
        }
    }

    private static IdentifiedItem Identify(int index, MatchField[] fields, int feed, WatchMatcher matcher, DateTime now)
    {
        var title = fields.Single(f => f.Name == MatchField.Title).Text;
        var summary = fields.Single(f => f.Name == MatchField.Summary).Text;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(title + summary)));
        var item = new NormalizedItem($"item-{index}", $"https://feed-{feed}.example/story/{index}", title, summary, null, "", null, [], now, hash);
        return new IdentifiedItem(item, ItemIdentity.For($"feed-{feed}", item), matcher.Match(MatchField.Of(item)));
    }
}

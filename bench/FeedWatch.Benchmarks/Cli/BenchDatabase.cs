using System.Diagnostics;
using System.Globalization;
using FeedWatch.Benchmarks.Matching;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// A year of generated news from 200 feeds in one LiteDB file, written in-process through
/// <see cref="LiteDbItemStore.IngestBatch"/> (the daemon's own write path without HTTP and parsing),
/// a day at a time, oldest first. Building a million items takes minutes, so the file is kept and
/// reused while it holds the expected number of items.
/// </summary>
internal static class BenchDatabase
{
    private const int Seed = 1;
    private const int Days = 365;
    private const int Batch = 1_000;

    // Consecutive items of one poll share its time; a poll brings a handful of new items.
    private const int PerPoll = 25;

    /// <returns>When the newest item was first seen: "since 7d" only covers a week of items if that is recent.</returns>
    public static DateTime Ensure(TextWriter output, CliBenchmarkSettings settings, IReadOnlyList<WatchRuleDefinition> rules)
    {
        if (!settings.Rebuild && Existing(settings) is { } newest)
        {
            output.WriteLine(Invariant($"database: reusing {settings.DatabasePath} ({settings.Items:N0} items, newest first seen {newest:yyyy-MM-dd HH:mm} UTC, {new FileInfo(settings.DatabasePath).Length / 1e6:N0} MB)"));
            return newest;
        }

        Delete(settings.DatabasePath);
        var now = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        using (var store = LiteDbItemStore.Open(settings.DatabasePath))
        {
            Fill(output, store, settings, rules, now);
        }

        output.WriteLine(Invariant($"database: built {settings.Items:N0} items in {watch.Elapsed.TotalSeconds:N0} s ({settings.Items / watch.Elapsed.TotalSeconds:N0} items/s), {new FileInfo(settings.DatabasePath).Length / 1e6:N0} MB"));
        return now;
    }

    private static DateTime? Existing(CliBenchmarkSettings settings)
    {
        if (!File.Exists(settings.DatabasePath))
        {
            return null;
        }

        // Ids are given in insertion order from 1, so a complete build has the item count as its newest id.
        using var store = LiteDbItemStore.Open(settings.DatabasePath);
        return store.NewestItemId() == settings.Items ? store.GetItem(settings.Items)?.FirstSeen : null;
    }

    /// <summary>The file, LiteDB's log beside it and the search index, which would otherwise describe other items.</summary>
    private static void Delete(string path)
    {
        var log = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        File.Delete(path);
        File.Delete(log);
        if (Directory.Exists(SearchIndex.PathFor(path)))
        {
            Directory.Delete(SearchIndex.PathFor(path), recursive: true);
        }
    }

    private static void Fill(TextWriter output, LiteDbItemStore store, CliBenchmarkSettings settings, IReadOnlyList<WatchRuleDefinition> rules, DateTime now)
    {
        var random = new Random(Seed);
        var news = new GeneratedNews(random, new TextVocabulary(random), new WatchMatcher(rules));
        var start = now.AddDays(-Days);
        var feeds = Enumerable.Range(1, settings.Feeds)
            .Select(number => BenchConfig.FeedId(number))
            .Select(id => new FeedState { Id = id, Url = BenchConfig.FeedUrl(id), Title = $"Generated news {id}", FirstPollAt = start })
            .ToArray();
        var watch = Stopwatch.StartNew();
        for (var day = 0; day < Days; day++)
        {
            var first = (int)((long)day * settings.Items / Days);
            var end = (int)((long)(day + 1) * settings.Items / Days);
            var spacing = TimeSpan.FromDays(1) / Math.Max(1, end - first);
            for (var offset = first; offset < end; offset += Batch)
            {
                var requests = new List<IngestRequest>();
                for (var poll = offset; poll < Math.Min(end, offset + Batch); poll += PerPoll)
                {
                    var feed = feeds[Skewed(random, feeds.Length)];
                    var count = Math.Min(PerPoll, end - poll);
                    var seen = start.AddDays(day) + (spacing * (poll - first + count));
                    var items = Enumerable.Range(poll, count).Select(index => news.Next(index + 1, feed.Id, seen)).ToList();
                    feed.LastPollAt = feed.LastSuccessAt = seen;
                    feed.NextPollAt = seen.AddMinutes(15);
                    requests.Add(new IngestRequest(feed, items, seen));
                }

                store.IngestBatch(requests);
            }

            if ((day + 1) % 30 == 0)
            {
                output.WriteLine(Invariant($"  day {day + 1}/{Days}: {end:N0} items, {end / watch.Elapsed.TotalSeconds:N0} items/s"));
            }
        }
    }

    /// <summary>Busy wire feeds and quiet blogs: of 200 feeds, feed-001 carries 7 % of the items and feed-200 0.25 %.</summary>
    private static int Skewed(Random random, int count)
    {
        var u = random.NextDouble();
        return (int)(count * u * u);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

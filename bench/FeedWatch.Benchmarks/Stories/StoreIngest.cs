using System.Diagnostics;
using FeedWatch.Benchmarks.Measuring;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Storage;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// The daemon's write path without HTTP or parsing: the generated polls, <see cref="StoriesSettings.PollsPerBatch"/>
/// to an <see cref="LiteDbItemStore.IngestBatch"/> (its group commit), each request's <c>Now</c> the poll's time so
/// that the story index's time window moves with the items. Only the IngestBatch calls are timed, in wall and in CPU time.
/// </summary>
internal static class StoreIngest
{
    private static readonly StoryOptions StoriesOff = new() { Enabled = false };

    public static IngestTiming Run(StoryCorpus corpus, StoriesSettings settings, bool stories, string path, int items, bool readStories)
    {
        var options = stories ? null : StoriesOff;
        var states = corpus.Feeds.Select(feed => new FeedState { Id = feed.Id, Url = $"https://{feed.Id}.example/rss" }).ToArray();
        var wall = new TimeSpan[(items + StoriesSettings.BlockSize - 1) / StoriesSettings.BlockSize];
        var cpu = new TimeSpan[wall.Length];
        var fullCollections = 0;
        var ids = new int[items];
        int[]? storyOf = null;
        using (var store = LiteDbItemStore.Open(path))
        {
            var polls = corpus.Polls.TakeWhile(poll => poll.First < items).ToList();
            for (var offset = 0; offset < polls.Count; offset += StoriesSettings.PollsPerBatch)
            {
                var batch = polls.Skip(offset).Take(StoriesSettings.PollsPerBatch).ToList();
                if (batch[0].First % StoriesSettings.BlockSize < StoriesSettings.PerPoll)
                {
                    // Each block starts from a collected heap, so a gen2 collection of the last block's
                    // garbage does not land in one block of one run and not in the others.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }

                var requests = batch.Select(poll => new IngestRequest(states[poll.Feed], Items(corpus, poll, items), poll.Time, Stories: options)).ToList();
                var (start, startCpu, startCollections) = (Stopwatch.GetTimestamp(), CpuTime.Now(), GC.CollectionCount(2));
                var results = store.IngestBatch(requests);
                var (elapsed, elapsedCpu) = (Stopwatch.GetElapsedTime(start), CpuTime.Now() - startCpu);
                fullCollections += GC.CollectionCount(2) - startCollections;
                var last = batch[^1];
                var block = (Math.Min(items, last.First + last.Count) - 1) / StoriesSettings.BlockSize;
                wall[block] += elapsed;
                cpu[block] += elapsedCpu;
                for (var i = 0; i < batch.Count; i++)
                {
                    if (results[i].NewItemIds.Count != requests[i].Items.Count)
                    {
                        throw new InvalidOperationException($"Poll of {batch[i].Count} items at {batch[i].Time:O} stored {results[i].NewItemIds.Count} new: the generated links are not unique.");
                    }

                    for (var j = 0; j < results[i].NewItemIds.Count; j++)
                    {
                        ids[batch[i].First + j] = results[i].NewItemIds[j];
                    }
                }
            }

            if (readStories)
            {
                storyOf = StoryOf(store, ids);
            }
        }

        return new IngestTiming(stories, wall, cpu, fullCollections, new FileInfo(path).Length, storyOf);
    }

    private static List<IdentifiedItem> Items(StoryCorpus corpus, Poll poll, int limit) =>
        [.. Enumerable.Range(poll.First, Math.Min(poll.Count, limit - poll.First)).Select(i => corpus.Items[i].Identified(corpus.Feeds[poll.Feed].Id))];

    /// <summary>Each item's story as the store recorded it, as the index of the story's first item.</summary>
    private static int[] StoryOf(LiteDbItemStore store, int[] ids)
    {
        var indexById = new Dictionary<int, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            indexById[ids[i]] = i;
        }

        var storyOf = new int[ids.Length];
        foreach (var item in store.StreamItems(new ItemQuery { OldestFirst = true, Limit = int.MaxValue }))
        {
            storyOf[indexById[item.Id]] = indexById[item.StoryKey];
        }

        return storyOf;
    }
}

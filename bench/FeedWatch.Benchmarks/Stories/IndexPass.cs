using FeedWatch.Benchmarks.Measuring;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Stories;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// The in-memory part of story assignment over the same items, without LiteDB: the store's own
/// <see cref="StoryIndex"/> and <see cref="StoryWords"/>, fed as the store feeds them (item ids from 1 in
/// first-seen order, reported at <see cref="StoryTime.Of"/>, a story id being its first item's id). Each
/// block's words are read first, then looked up and added, so that each part is timed in one piece: the
/// store gets the words with the <c>IdentifiedItem</c>, read where it is made (the poll's thread).
/// </summary>
internal static class IndexPass
{
    /// <summary>The store keeps MaxApart plus a day (LiteDbItemStore.StoryIndexKeeps, private): a poll sees an item some time after it is published.</summary>
    public static TimeSpan Keeps(StoryOptions options) => options.MaxApart + TimeSpan.FromDays(1);

    public static IndexTiming Run(StoryCorpus corpus, int items)
    {
        var options = new StoryOptions();
        var rule = options.ToRule();
        var index = new StoryIndex(Keeps(options));
        var blocks = (items + StoriesSettings.BlockSize - 1) / StoriesSettings.BlockSize;
        var words = new TimeSpan[blocks];
        var lookup = new TimeSpan[blocks];
        var held = new int[blocks];
        var storyOf = new int[items];
        var matched = new int[items];
        var blockWords = new StoryWords[StoriesSettings.BlockSize];
        // As the story documents do: the earliest report among a story's items.
        var storyReportedAt = new Dictionary<int, DateTime>();
        for (var block = 0; block < blocks; block++)
        {
            var first = block * StoriesSettings.BlockSize;
            var end = Math.Min(items, first + StoriesSettings.BlockSize);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = CpuTime.Now();
            for (var i = first; i < end; i++)
            {
                blockWords[i - first] = StoryWords.Of(corpus.Items[i].Title, corpus.Items[i].Summary, "");
            }

            var read = CpuTime.Now();
            for (var i = first; i < end; i++)
            {
                var item = corpus.Items[i];
                var reportedAt = StoryTime.Of(item.Published, item.Seen);
                var candidate = index.FindStory(blockWords[i - first], reportedAt, rule);
                var storyId = candidate?.StoryId ?? i + 1;
                DateTime? storyBegan = null;
                if (candidate is not null)
                {
                    var began = storyReportedAt.GetValueOrDefault(storyId, DateTime.MaxValue);
                    storyReportedAt[storyId] = reportedAt < began ? reportedAt : began;
                    storyBegan = storyReportedAt[storyId];
                }
                else
                {
                    storyReportedAt[storyId] = reportedAt;
                }

                index.Add(i + 1, storyId, reportedAt, item.Seen, blockWords[i - first], storyBegan);
                storyOf[i] = storyId - 1;
                matched[i] = (candidate?.ItemId ?? 0) - 1;
            }

            words[block] = read - start;
            lookup[block] = CpuTime.Now() - read;
            held[block] = index.Count;
        }

        return new IndexTiming(words, lookup, held, storyOf, matched);
    }
}

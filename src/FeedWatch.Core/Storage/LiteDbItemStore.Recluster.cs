using FeedWatch.Core.Configuration;
using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Storage;

/// <summary>
/// <c>feedwatch rescan</c>'s second half: items are placed in stories again, oldest first, as if they
/// were arriving, after the story thresholds or the rules changed. A page per transaction, like the
/// rule rescan, so the daemon's writes go on in between.
/// </summary>
public sealed partial class LiteDbItemStore
{
    private const int ReclusterPage = 1000;

    /// <summary>Re-clusters the items first seen since <paramref name="since"/> (all when null); earlier items keep their stories.</summary>
    public ReclusterReport ReclusterStories(DateTime? since, StoryOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keeps = StoryIndexKeeps(options);
        var rule = options.ToRule();
        int fromId;
        StoryIndex index;
        lock (_gate)
        {
            fromId = since is { } from ? IdRange(from, null).Lowest : 1;
            InTransaction("taking items out of their stories for a re-cluster", () => DetachStoriesFrom(fromId));
            index = LoadStoryIndex(keeps, beforeId: fromId);
        }

        int scanned = 0, moved = 0;
        var afterId = fromId - 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ItemsAfter(afterId, since: null, ReclusterPage);
            if (page.Count == 0)
            {
                break;
            }

            lock (_gate)
            {
                InTransaction($"re-clustering {page.Count} items", () => moved += PlaceAgain(page, index, rule));
            }

            scanned += page.Count;
            afterId = page[^1].Id;
            progress?.Report(scanned);
        }

        lock (_gate)
        {
            BumpStoryGeneration();
            _storyIndex = null;
            return new ReclusterReport(scanned, moved, _stories.Count());
        }
    }

    /// <summary>
    /// Stories that began at or after <paramref name="fromId"/> are deleted (all their items are placed
    /// again); stories that began before lose their later members. A running daemon reloads its index.
    /// </summary>
    private void DetachStoriesFrom(int fromId)
    {
        BumpStoryGeneration();
        if (fromId <= 1)
        {
            _stories.DeleteAll();
            _storyMembers.DeleteAll();
            return;
        }

        var fromTime = _items.FindById(fromId)?.FirstSeen ?? DateTime.MaxValue;
        foreach (var story in _stories.Find(story => story.LastSeen >= fromTime).ToList())
        {
            var members = MemberIds(story.Id);
            DeleteStory(story.Id);
            var staying = GetItems([.. members.Where(id => id < fromId)]).OrderBy(item => item.Id).ToList();
            if (staying.Count < 2)
            {
                MakeStoriesOfTheirOwn([.. staying.Select(item => item.Id)]);
                continue;
            }

            var rebuilt = Story.StartedBy(staying[0]);
            rebuilt.Id = story.Id;
            rebuilt.AlertedRules = story.AlertedRules;
            foreach (var member in staying)
            {
                if (member != staying[0])
                {
                    rebuilt.Add(member);
                }

                AddMember(member.Id, story.Id);
            }

            _stories.Upsert(rebuilt);
        }
    }

    /// <returns>How many of the page's items changed story.</returns>
    private int PlaceAgain(IReadOnlyList<StoredItem> page, StoryIndex index, NearDuplicates rule)
    {
        var moved = 0;
        foreach (var read in page)
        {
            // Read again inside the transaction: the daemon may have changed the item since the page was read.
            if (_items.FindById(read.Id) is not { } item)
            {
                continue;
            }

            var before = item.StoryKey;
            var words = WordsOf(item);
            var story = FindStory(item, words, index, rule);
            if (story is not null)
            {
                // A re-cluster sends no alerts, so no later copy should send one for what its story already had.
                story.MarkAlerted(item.Matches.Select(m => m.Rule));
            }

            JoinStory(item, story, index, words);
            if (item.StoryKey != before)
            {
                _items.Update(item);
                moved++;
            }
        }

        return moved;
    }
}

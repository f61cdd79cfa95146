using FeedWatch.Core.Configuration;
using FeedWatch.Core.Stories;
using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// Which story each new item joins, decided in the ingest transaction so that the alert for a copy can
/// be held back in the same commit. The recent items are held in memory (<see cref="StoryIndex"/>),
/// loaded from the file when first needed and again whenever a <c>feedwatch rescan</c> re-clustered.
/// </summary>
public sealed partial class LiteDbItemStore
{
    private const string StoriesCollection = "stories";
    private const string StoryMembersCollection = "storymembers";
    private const string StoryGenerationKey = "stories";

    private StoryIndex? _storyIndex;
    private TimeSpan _storyIndexKeeps;
    private long _storyIndexGeneration;

    public Story? GetStory(int id)
    {
        lock (_gate)
        {
            return _stories.FindById(id);
        }
    }

    /// <summary>In one read: a list of stories would otherwise reopen the file (shared mode) for every item.</summary>
    public IReadOnlyList<Story> GetStories(IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            // One transaction: outside one, each lookup opens and closes the file (71 µs each, against a
            // few inside); LiteDB's Query.In was slower still (19 ms for 256 ids).
            List<Story> found = [];
            InTransaction("reading stories", () => found = [.. ids.Select(id => _stories.FindById(id)).OfType<Story>()]);
            return found;
        }
    }

    public IReadOnlyList<int> GetStoryMembers(int storyId)
    {
        lock (_gate)
        {
            return MemberIds(storyId);
        }
    }

    private List<int> MemberIds(int storyId) =>
        [.. _storyMembers.Find(LiteDB.Query.EQ("Story", storyId)).Select(member => member["_id"].AsInt32).Order()];

    /// <summary>An item is a member of one story at a time, and leaves it (or it is deleted) before joining another.</summary>
    private void AddMember(int itemId, int storyId) =>
        _storyMembers.Insert(new BsonDocument { ["_id"] = itemId, ["Story"] = storyId });

    private void DeleteStory(int storyId)
    {
        _stories.Delete(storyId);
        _storyMembers.DeleteMany(LiteDB.Query.EQ("Story", storyId));
    }

    /// <summary>
    /// Items held for story lookups: those first seen within the time two members may be apart, plus
    /// a day, because a poll sees an item some time after it is published.
    /// </summary>
    private static TimeSpan StoryIndexKeeps(StoryOptions options) => options.MaxApart + TimeSpan.FromDays(1);

    private StoryIndex CurrentStoryIndex(StoryOptions options)
    {
        var generation = StoryGeneration();
        var keeps = StoryIndexKeeps(options);
        if (_storyIndex is null || generation != _storyIndexGeneration || keeps != _storyIndexKeeps)
        {
            _storyIndex = LoadStoryIndex(keeps, beforeId: int.MaxValue);
            _storyIndexGeneration = generation;
            _storyIndexKeeps = keeps;
        }

        return _storyIndex;
    }

    /// <summary>
    /// An index of the items below <paramref name="beforeId"/> that a later item could join. Only the
    /// fields story detection reads are taken from each item, not whole items: a restart loads days of them.
    /// </summary>
    private StoryIndex LoadStoryIndex(TimeSpan keeps, int beforeId)
    {
        var index = new StoryIndex(keeps);
        var newest = _items.Newest("_id < @0", beforeId);
        if (newest is null)
        {
            return index;
        }

        var (lowest, _) = IdRange(newest.FirstSeen - keeps, until: null);
        var held = _database.GetCollection(ItemsCollection).Query()
            .Where("_id BETWEEN @0 AND @1", lowest, newest.Id)
            .Select(StoryFieldsOfItem)
            .ToEnumerable();
        var storiesReportedAt = new Dictionary<int, DateTime?>();
        foreach (var fields in held)
        {
            var id = fields["_id"].AsInt32;
            var firstSeen = fields["FirstSeen"].AsDateTime.ToUniversalTime();
            var published = fields["Published"].IsNull ? (DateTime?)null : fields["Published"].AsDateTime.ToUniversalTime();
            var words = StoryWords.Of(fields["Title"].AsString ?? "", fields["Summary"].AsString ?? "", fields["Content"].AsString ?? "");
            var storyId = fields["StoryId"].IsNull ? id : fields["StoryId"].AsInt32;
            // Only an item that joined another's story has to look the story up; the others began theirs.
            DateTime? storyReportedAt = null;
            if (storyId != id && !storiesReportedAt.TryGetValue(storyId, out storyReportedAt))
            {
                storiesReportedAt[storyId] = storyReportedAt = _stories.FindById(storyId)?.FirstReportedAt;
            }

            index.Add(id, storyId, StoryTime.Of(published, firstSeen), firstSeen, words, storyReportedAt);
        }

        return index;
    }

    // The body only where there is no summary: it can be most of an item's bytes.
    private static readonly BsonExpression StoryFieldsOfItem = BsonExpression.Create(
        "{ _id: $._id, StoryId: $.StoryId, Published: $.Published, FirstSeen: $.FirstSeen, Title: $.Title, Summary: $.Summary, Content: IIF(LENGTH($.Summary) > 0, '', $.Content) }");

    private static StoryWords WordsOf(StoredItem item) => StoryWords.Of(item.Title, item.Summary, item.Content);

    private long StoryGeneration() =>
        _database.GetCollection(MetaCollection).FindById(StoryGenerationKey)?["Generation"].AsInt64 ?? 0;

    /// <summary>Tells a running daemon that stories were re-clustered under it, so it reloads its index.</summary>
    private void BumpStoryGeneration() =>
        _database.GetCollection(MetaCollection).Upsert(new BsonDocument { ["_id"] = StoryGenerationKey, ["Generation"] = StoryGeneration() + 1 });

    /// <summary>
    /// Before the item is inserted: finds the story it belongs to, if any, and sets its
    /// <see cref="StoredItem.StoryId"/>. The story is returned unchanged; <see cref="JoinStory"/> adds the item once it has an id.
    /// </summary>
    private Story? FindStory(StoredItem item, StoryWords words, StoryIndex index, NearDuplicates rule)
    {
        item.StoryId = null;
        if (index.FindStory(words, StoryTime.Of(item.Published, item.FirstSeen), rule) is not { } candidate)
        {
            return null;
        }

        // An item alone has no story document yet: its story starts with it when a second item joins.
        var story = _stories.FindById(candidate.StoryId) ?? (_items.FindById(candidate.StoryId) is { } first ? Story.StartedBy(first) : null);
        item.StoryId = story?.Id;
        return story;
    }

    /// <summary>After the insert: the item joins its story (if <see cref="FindStory"/> found one) and the index.</summary>
    private void JoinStory(StoredItem item, Story? story, StoryIndex index, StoryWords words)
    {
        if (story is not null)
        {
            // A story of one item has no document yet: the item this one is like is its first member.
            var started = story.ItemCount == 1;
            if (started)
            {
                AddMember(story.Id, story.Id);
            }

            story.Add(item);
            AddMember(item.Id, story.Id);
            if (started)
            {
                _stories.Insert(story);
            }
            else
            {
                _stories.Update(story);
            }
        }

        index.Add(item.Id, item.StoryKey, StoryTime.Of(item.Published, item.FirstSeen), item.FirstSeen, words, story?.FirstReportedAt);
    }

    /// <summary>
    /// The rules a new item alerts for: each of its rules once per story, or every copy for the rules
    /// that ask for it. Marks them alerted on the story (written with it by <see cref="JoinStory"/>).
    /// </summary>
    private static List<string> AlertRules(StoredItem item, Story? story, IReadOnlySet<string>? everyCopyRules)
    {
        var rules = item.Matches.Select(m => m.Rule).Distinct(StringComparer.Ordinal).ToList();
        if (story is null)
        {
            return rules;
        }

        var alert = rules.Where(rule => !story.AlertedRules.Contains(rule) || (everyCopyRules?.Contains(rule) ?? false)).ToList();
        story.MarkAlerted(alert);
        return alert;
    }

    /// <summary>
    /// A deleted item leaves its story; a story left with one item is that item's own again. The story
    /// keeps its first report as recorded: who had it first does not change because the copy was purged.
    /// </summary>
    private void LeaveStory(StoredItem item)
    {
        if (!_storyMembers.Delete(item.Id) || _stories.FindById(item.StoryKey) is not { } story)
        {
            return;
        }

        story.ItemCount--;
        if (story.ItemCount >= 2)
        {
            _stories.Upsert(story);
            return;
        }

        var remaining = MemberIds(story.Id);
        DeleteStory(story.Id);
        MakeStoriesOfTheirOwn(remaining);
    }

    private void MakeStoriesOfTheirOwn(IReadOnlyCollection<int> itemIds)
    {
        foreach (var alone in GetItems(itemIds).Where(alone => alone.StoryId is not null))
        {
            alone.StoryId = null;
            _items.Update(alone);
        }
    }

    /// <summary>A known item that a new feed carries: its story gains the source.</summary>
    private void AddStorySources(StoredItem item)
    {
        if (_stories.FindById(item.StoryKey) is { } story && story.AddSources(item.Sources))
        {
            _stories.Upsert(story);
        }
    }

    /// <summary>One batch's story placement: the index is looked at once per batch, and not at all for a batch without items.</summary>
    private sealed class StoryAssignment(LiteDbItemStore store, StoryIndex? index)
    {
        private static readonly StoryOptions Defaults = new();

        public static StoryAssignment For(LiteDbItemStore store, IReadOnlyList<IngestRequest> requests)
        {
            var withItems = requests.FirstOrDefault(request => request.Items.Count > 0);
            var options = withItems?.Stories ?? Defaults;
            return new StoryAssignment(store, withItems is not null && options.Enabled ? store.CurrentStoryIndex(options) : null);
        }

        /// <summary>With stories off the item stays a story of its own.</summary>
        public Story? Find(StoredItem item, StoryWords words, StoryOptions? options)
        {
            var settings = options ?? Defaults;
            if (index is null || !settings.Enabled)
            {
                item.StoryId = null;
                return null;
            }

            return store.FindStory(item, words, index, settings.ToRule());
        }

        public void Join(StoredItem item, Story? story, StoryWords words, StoryOptions? options)
        {
            if (index is not null && (options ?? Defaults).Enabled)
            {
                store.JoinStory(item, story, index, words);
            }
        }
    }
}

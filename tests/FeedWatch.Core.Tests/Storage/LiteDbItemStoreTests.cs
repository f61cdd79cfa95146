using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Storage;

public sealed class LiteDbItemStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();
    private readonly string _path;
    private readonly LiteDbItemStore _store;

    public LiteDbItemStoreTests()
    {
        _path = _temp.File("items.db");
        _store = LiteDbItemStore.Open(_path);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static IdentifiedItem Item(string feedId, string? guid, string? link, string title = "Title", params WatchMatch[] matches)
    {
        var item = new NormalizedItem(guid, link, title, "summary", null, "", null, [], Now.AddHours(-1), "hash-" + title);
        return new IdentifiedItem(item, ItemIdentity.For(feedId, item), matches);
    }

    [Fact]
    public void Ingest_NewItems_AreStoredWithFeedStateInOneCall()
    {
        var state = new FeedState { Id = "a", Url = "https://a.example/feed", ETag = "\"v1\"" };

        var result = _store.Ingest(state, [Item("a", "1", "https://a.example/1"), Item("a", "2", "https://a.example/2")], Now);

        Assert.Equal(2, result.New);
        Assert.Equal(2, _store.Query(new ItemQuery()).Count);
        var saved = _store.GetFeed("a")!;
        Assert.Equal("\"v1\"", saved.ETag);
        Assert.Equal(2, saved.ItemCount);
        Assert.Equal(Now, saved.LastNewItemAt);
    }

    [Fact]
    public void IngestBatch_Committed_StoresTheEntryFingerprintsOnTheFeed()
    {
        var state = new FeedState { Id = "a", EntryFingerprints = [1, 2] };

        _store.IngestBatch([new IngestRequest(state, [Item("a", "1", "https://a.example/1")], Now, [2, 3])]);

        Assert.Equal([2L, 3L], _store.GetFeed("a")!.EntryFingerprints);
    }

    [Fact]
    public void IngestBatch_WriteFailsInsideTheTransaction_StoresNothingAndLeavesTheFeedStateAsItWas()
    {
        var state = new FeedState { Id = "a", EntryFingerprints = [1, 2] };
        var good = Item("a", "1", "https://a.example/1");
        // Over LiteDB's 16 MB document limit: a real failure after the first insert of the batch.
        var tooLarge = new NormalizedItem("2", "https://a.example/2", "Huge", "", null, new string('x', 17_000_000), null, [], Now, "hash-huge");

        Assert.ThrowsAny<Exception>(() => _store.IngestBatch(
            [new IngestRequest(state, [good, new IdentifiedItem(tooLarge, ItemIdentity.For("a", tooLarge), [])], Now, [7, 8])]));

        // Fingerprints of entries whose write was lost would make the next poll skip them for good.
        Assert.Equal([1L, 2L], state.EntryFingerprints);
        Assert.Equal((0, (DateTime?)null), (state.ItemCount, state.LastNewItemAt));
        Assert.Empty(_store.Query(new ItemQuery()));
        Assert.Null(_store.GetFeed("a"));
    }

    [Fact]
    public void Ingest_LinksThatDifferOnlyInCase_AreTwoItems()
    {
        // Paths and queries are case-sensitive: watch?v=AbC and watch?v=abc are different videos.
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/watch?v=AbC", "First")], Now);

        var second = _store.Ingest(new FeedState { Id = "b" }, [Item("b", "1", "https://a.example/watch?v=abc", "Second")], Now);

        Assert.Equal(1, second.New);
        Assert.Equal(["Second", "First"], _store.Query(new ItemQuery()).Select(i => i.Title));
    }

    [Fact]
    public void Open_FileMadeWithLiteDbsDefaultCollation_IsRebuiltOrdinalAndKeepsItsItems()
    {
        var oldPath = _temp.File("old.db");
        using (var old = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = oldPath, Collation = new LiteDB.Collation("en-US/IgnoreCase") }))
        {
            old.GetCollection("items").Insert(new LiteDB.BsonDocument { ["_id"] = 1, ["DedupKey"] = "https://a.example/watch?v=AbC", ["Title"] = "Old", ["FirstSeen"] = Now });
        }

        using var store = LiteDbItemStore.Open(oldPath);
        var result = store.Ingest(new FeedState { Id = "b" }, [Item("b", "1", "https://a.example/watch?v=abc", "New")], Now);

        Assert.Equal(1, result.New);
        Assert.Equal(["New", "Old"], store.Query(new ItemQuery()).Select(i => i.Title).Order());
    }

    [Fact]
    public void Ingest_PollStampedBeforeAnEarlierCommit_FirstSeenDoesNotGoBackwards()
    {
        // A poll that started first can commit last; id order and first-seen order must stay one.
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/1")], Now);
        _store.Ingest(new FeedState { Id = "b" }, [Item("b", "1", "https://b.example/1")], Now.AddMinutes(-5));

        var items = _store.Query(new ItemQuery { OldestFirst = true });

        Assert.Equal([Now, Now], items.Select(i => i.FirstSeen));
        Assert.Equal(["https://a.example/1", "https://b.example/1"], items.Select(i => i.Link));
    }

    [Fact]
    public void Ingest_SameEntryAgainUnchanged_CountsUnchangedAndKeepsFirstSeen()
    {
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/1")], Now);

        var again = _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/1")], Now.AddHours(1));

        Assert.Equal((0, 0, 1), (again.New, again.Updated, again.Unchanged));
        var stored = Assert.Single(_store.Query(new ItemQuery()));
        Assert.Equal(Now, stored.FirstSeen);
        Assert.Equal(Now, stored.LastSeen);
    }

    [Fact]
    public void Ingest_SameLinkFromSecondFeed_AddsSourceInsteadOfNewItem()
    {
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "a-guid", "https://news.example/story")], Now);

        var second = _store.Ingest(new FeedState { Id = "b" }, [Item("b", "b-guid", "https://news.example/story")], Now);

        Assert.Equal((0, 1), (second.New, second.Updated));
        var stored = Assert.Single(_store.Query(new ItemQuery()));
        Assert.Equal(["a", "b"], stored.Sources);
        Assert.Equal(["a|id:a-guid", "b|id:b-guid"], stored.EntryKeys);
    }

    [Fact]
    public void Ingest_ChangedTitleFromFirstCarrier_UpdatesTextAndMatches()
    {
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/1", "Quiet day")], Now);
        var match = new WatchMatch("TTP", "TTP", "title", "TTP claims", 0, 3);

        var result = _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/1", "TTP claims", match)], Now.AddHours(1));

        Assert.Equal(1, result.Updated);
        var stored = Assert.Single(_store.Query(new ItemQuery()));
        Assert.Equal("TTP claims", stored.Title);
        Assert.True(stored.Flagged);
        Assert.Equal("TTP", Assert.Single(stored.Matches).Rule);
        Assert.Equal(Now, stored.FirstSeen);
    }

    [Fact]
    public void Ingest_DifferentTextFromSecondCarrier_DoesNotRewriteTheItem()
    {
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://news.example/story", "Original headline")], Now);
        _store.Ingest(new FeedState { Id = "b" }, [Item("b", "x", "https://news.example/story", "Reprint headline")], Now);

        var third = _store.Ingest(new FeedState { Id = "b" }, [Item("b", "x", "https://news.example/story", "Reprint headline")], Now.AddHours(1));

        Assert.Equal(1, third.Unchanged);
        Assert.Equal("Original headline", Assert.Single(_store.Query(new ItemQuery())).Title);
    }

    [Fact]
    public void Query_FiltersByFlaggedRuleFeedAndSince()
    {
        var ttp = new WatchMatch("TTP", "TTP", "title", "TTP", 0, 3);
        var border = new WatchMatch("Afghan-Pakistan frontier", "Durand Line", "title", "Durand Line", 0, 11);
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://x.example/1", "one", ttp), Item("a", "2", "https://x.example/2", "two")], Now);
        _store.Ingest(new FeedState { Id = "b" }, [Item("b", "3", "https://x.example/3", "three", border)], Now.AddDays(2));

        Assert.Equal(["three", "one"], _store.Query(new ItemQuery { FlaggedOnly = true }).Select(i => i.Title));
        Assert.Equal(["one"], _store.Query(new ItemQuery { Rule = "TTP" }).Select(i => i.Title));
        Assert.Equal(["two", "one"], _store.Query(new ItemQuery { FeedId = "a" }).Select(i => i.Title));
        Assert.Equal(["three"], _store.Query(new ItemQuery { Since = Now.AddDays(1) }).Select(i => i.Title));
        Assert.Equal(["three"], _store.Query(new ItemQuery { Limit = 1 }).Select(i => i.Title));
    }

    [Fact]
    public void Open_SecondStoreOnSameFile_SeesCommittedItems()
    {
        _store.Ingest(new FeedState { Id = "a" }, [Item("a", "1", "https://a.example/1")], Now);

        using var reader = LiteDbItemStore.Open(_path);

        var item = Assert.Single(reader.Query(new ItemQuery()));
        Assert.Equal(DateTimeKind.Utc, item.FirstSeen.Kind);
        Assert.Equal(Now, item.FirstSeen);
    }

    [Fact]
    public async Task Query_WhileAnotherStoreWrites_NeverFailsAndSeesWholePolls()
    {
        using var reader = LiteDbItemStore.Open(_path);
        const int Polls = 40;
        const int ItemsPerPoll = 5;
        var writer = Task.Run(() =>
        {
            for (var poll = 0; poll < Polls; poll++)
            {
                var items = Enumerable.Range(0, ItemsPerPoll)
                    .Select(i => Item("a", $"{poll}-{i}", $"https://a.example/{poll}/{i}"))
                    .ToList();
                _store.Ingest(new FeedState { Id = "a" }, items, Now.AddMinutes(poll));
            }
        });

        var counts = new List<int>();
        while (!writer.IsCompleted)
        {
            counts.Add(reader.Query(new ItemQuery { Limit = 10_000 }).Count);
        }

        await writer;
        Assert.All(counts, count => Assert.Equal(0, count % ItemsPerPoll));
        Assert.Equal(Polls * ItemsPerPoll, reader.Query(new ItemQuery { Limit = 10_000 }).Count);
    }
}

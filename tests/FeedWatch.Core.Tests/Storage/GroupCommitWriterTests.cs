using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Storage;

/// <summary>Many polls writing at once through the writer into a real LiteDB file.</summary>
public sealed class GroupCommitWriterTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory _temp = new();
    private readonly LiteDbItemStore _store;
    private readonly GroupCommitWriter _writer;

    public GroupCommitWriterTests()
    {
        _store = LiteDbItemStore.Open(_temp.File("group.db"));
        _writer = new GroupCommitWriter(_store);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _store.Dispose();
        _temp.Dispose();
    }

    private static IdentifiedItem Item(string feedId, string guid, string link)
    {
        var item = new NormalizedItem(guid, link, "Title " + link, "summary", null, "", null, [], Now, "hash-" + link);
        return new IdentifiedItem(item, ItemIdentity.For(feedId, item), []);
    }

    [Fact]
    public async Task IngestAsync_FortyFeedsAtOnce_EachGetsItsOwnResultAndEverythingIsStoredOnce()
    {
        // Each feed carries five stories of its own and one story every feed carries (a wire story).
        var requests = Enumerable.Range(0, 40).Select(f =>
        {
            var id = $"feed-{f}";
            var items = Enumerable.Range(0, 5).Select(i => Item(id, $"{id}-{i}", $"https://news.example/{id}/{i}"))
                .Append(Item(id, $"{id}-wire", "https://wire.example/story"))
                .ToList();
            return new IngestRequest(new FeedState { Id = id, Url = $"https://{id}.example/rss" }, items, Now);
        }).ToList();

        var results = await Task.WhenAll(requests.Select(request => Task.Run(() => _writer.IngestAsync(request))));

        Assert.Equal(40 * 5 + 1, _store.Query(new ItemQuery { Limit = 1000 }).Count);
        Assert.Equal(40 * 5 + 1, results.Sum(r => r.New));
        // The wire story is new for exactly one feed and a new source for the 39 others.
        Assert.Equal(39, results.Sum(r => r.Updated));
        var wire = Assert.Single(_store.Query(new ItemQuery { Limit = 1000 }), item => item.Link == "https://wire.example/story");
        Assert.Equal(40, wire.Sources.Count);
        Assert.All(requests, request => Assert.Equal(6, _store.GetFeed(request.State.Id)!.ItemCount));
    }

    [Fact]
    public async Task IngestAsync_StateOnly_SavesTheFeed()
    {
        var state = new FeedState { Id = "quiet", Url = "https://quiet.example/rss", NextPollReason = "interval" };

        var result = await _writer.IngestAsync(new IngestRequest(state, [], Now));

        Assert.Equal(0, result.New);
        Assert.Equal("interval", _store.GetFeed("quiet")!.NextPollReason);
    }

    [Fact]
    public async Task IngestAsync_WithSomethingToRelease_ReleasesItOnceTheWriteIsQueued()
    {
        var held = new ReleaseCounter();

        await _writer.IngestAsync(new IngestRequest(new FeedState { Id = "a" }, [], Now), releaseOnceQueued: held);

        Assert.Equal(1, held.Releases);
        Assert.NotNull(_store.GetFeed("a"));
    }

    private sealed class ReleaseCounter : IDisposable
    {
        public int Releases { get; private set; }

        public void Dispose() => Releases++;
    }
}

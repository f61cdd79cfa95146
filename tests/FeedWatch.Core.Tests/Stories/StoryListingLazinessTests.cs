using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Stories;

/// <summary>A list of N stories reads about N stories' items, not a whole lookup batch of them.</summary>
public sealed class StoryListingLazinessTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly LiteDbItemStore _store;

    public StoryListingLazinessTests()
    {
        _store = LiteDbItemStore.Open(_temp.File("stories.db"));
        var items = Enumerable.Range(0, 600).Select(n =>
        {
            var item = new NormalizedItem($"g{n}", $"https://a.example/{n}", $"Headline {n}", $"Body {n}", null, "", null, [], null, $"h{n}");
            return new IdentifiedItem(item, ItemIdentity.For("feed-a", item), []);
        }).ToList();
        _store.Ingest(new FeedState { Id = "feed-a" }, items, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    public void Collapse_TakingAFewStories_ReadsOnlyTheirItems(int wanted)
    {
        var read = 0;
        var items = _store.StreamItems(new ItemQuery { Limit = int.MaxValue }).Select(item => { read++; return item; });

        var stories = StoryListing.Collapse(_store, items, expected: wanted).Take(wanted).ToList();

        Assert.Equal(wanted, stories.Count);
        Assert.Equal(wanted, read);
        // Newest first, each item its own story here.
        Assert.Equal(600, stories[0].StoryId);
    }

    [Fact]
    public void Collapse_TakingMoreThanExpected_StillGivesEveryStory()
    {
        var stories = StoryListing.Collapse(_store, _store.StreamItems(new ItemQuery { Limit = int.MaxValue }), expected: 5).ToList();

        Assert.Equal(600, stories.Select(story => story.StoryId).Distinct().Count());
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Stories;

/// <summary>Stories as the store assigns them on ingest and re-clusters them, against a real LiteDB file.</summary>
public sealed class StoryAssignmentTests : IDisposable
{
    private static readonly DateTime Monday = new(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc);

    private const string WireTitle = "Militants attack checkpost in Bajaur, two soldiers martyred";
    private const string WireSummary = "Militants attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing two soldiers, the military's media wing said. Security forces returned fire and a search operation is under way.";
    private const string EditedTitle = "Two soldiers martyred as militants storm Bajaur checkpost";
    private const string EditedSummary = "Two soldiers were martyred when militants attacked a security checkpost in Bajaur's Mamund area on Tuesday night, the military's media wing said, adding that a search operation is under way.";
    private const string LeadOnly = "Militants attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing two soldiers.";

    private readonly TempDirectory _temp = new();
    private readonly string _path;
    private readonly LiteDbItemStore _store;

    public StoryAssignmentTests()
    {
        _path = _temp.File("stories.db");
        _store = LiteDbItemStore.Open(_path);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static IdentifiedItem Item(string feed, string slug, string title, string summary, DateTime published, bool flagged = false)
    {
        var item = new NormalizedItem(slug, $"https://{feed}.example/{slug}", title, summary, null, "", null, [], published, $"{feed}-{slug}-{title.GetHashCode(StringComparison.Ordinal)}");
        IReadOnlyList<WatchMatch> matches = flagged ? [new WatchMatch("Bajaur", "Bajaur", "title", title, 0, 6)] : [];
        return new IdentifiedItem(item, ItemIdentity.For(feed, item), matches);
    }

    private IngestResult Ingest(string feed, DateTime now, IReadOnlyList<IdentifiedItem> items, StoryOptions? stories = null, IReadOnlySet<string>? everyCopy = null, IItemStore? store = null) =>
        (store ?? _store).IngestBatch([new IngestRequest(new FeedState { Id = feed }, items, now, Stories: stories, EveryCopyRules: everyCopy, WebhookRules: new HashSet<string> { "Bajaur" })])[0];

    private StoredItem Stored(string feed, string slug) =>
        _store.Query(new ItemQuery { Limit = 1_000 }).Single(item => item.Link == $"https://{feed}.example/{slug}");

    /// <summary>Wire copy at 06:10, an edited rewrite at 07:00, a lead-only pickup at 09:00, polled in the opposite order.</summary>
    private void IngestThreeVersions(StoryOptions? stories = null, IReadOnlySet<string>? everyCopy = null)
    {
        Ingest("pickup", Monday.AddHours(4), [Item("pickup", "p1", "Bajaur checkpost attacked", LeadOnly, Monday.AddHours(3), flagged: true)], stories, everyCopy);
        Ingest("rewrite", Monday.AddHours(4.1), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday.AddHours(1), flagged: true)], stories, everyCopy);
        Ingest("wire", Monday.AddHours(4.2), [Item("wire", "w1", WireTitle, WireSummary, Monday.AddMinutes(10), flagged: true)], stories, everyCopy);
    }

    [Fact]
    public void Ingest_OneEventFromThreeOutlets_IsOneStoryWithThreeSourcesAndTheEarliestReportFirst()
    {
        IngestThreeVersions();

        var pickup = Stored("pickup", "p1");
        var rewrite = Stored("rewrite", "r1");
        var wire = Stored("wire", "w1");
        Assert.Null(pickup.StoryId);
        Assert.Equal(pickup.Id, rewrite.StoryId);
        Assert.Equal(pickup.Id, wire.StoryId);
        var story = _store.GetStory(pickup.Id)!;
        Assert.Equal([pickup.Id, rewrite.Id, wire.Id], _store.GetStoryMembers(story.Id));
        Assert.Equal(3, story.ItemCount);
        Assert.Equal(["pickup", "rewrite", "wire"], story.Sources);
        // Seen last, published first: the wire had it first.
        Assert.Equal(wire.Id, story.FirstItemId);
        Assert.Equal("wire", story.FirstFeedId);
        Assert.Equal(Monday.AddMinutes(10), story.FirstReportedAt);
        Assert.Equal(WireTitle, story.Title);
        Assert.Equal(["Bajaur"], story.Rules);
    }

    [Fact]
    public void Ingest_FlaggedCopies_AlertOncePerStoryAndQueueOneWebhook()
    {
        var alerts = new List<ItemAlert>();
        alerts.AddRange(Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday, flagged: true)]).Alerts);
        alerts.AddRange(Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday.AddHours(1), flagged: true)]).Alerts);
        alerts.AddRange(Ingest("pickup", Monday.AddHours(3), [Item("pickup", "p1", "Bajaur checkpost attacked", LeadOnly, Monday.AddHours(2), flagged: true)]).Alerts);

        var alert = Assert.Single(alerts);
        Assert.Equal(Stored("wire", "w1").Id, alert.Item.Id);
        Assert.Equal(["Bajaur"], alert.Rules);
        Assert.Single(_store.GetDueWebhooks(Monday.AddDays(1), 100));
    }

    [Fact]
    public void Ingest_RuleThatWantsEveryCopy_AlertsForEachCopy()
    {
        var alerts = new List<ItemAlert>();
        foreach (var (feed, hours) in new[] { ("wire", 1), ("rewrite", 2), ("pickup", 3) })
        {
            var (title, summary) = feed switch { "wire" => (WireTitle, WireSummary), "rewrite" => (EditedTitle, EditedSummary), _ => ("Bajaur checkpost attacked", LeadOnly) };
            alerts.AddRange(Ingest(feed, Monday.AddHours(hours), [Item(feed, "x", title, summary, Monday, flagged: true)], everyCopy: new HashSet<string> { "Bajaur" }).Alerts);
        }

        Assert.Equal(3, alerts.Count);
        Assert.Equal(3, _store.GetDueWebhooks(Monday.AddDays(1), 100).Count);
        Assert.Equal(3, _store.GetStory(Stored("wire", "x").Id)!.ItemCount);
    }

    [Fact]
    public void Ingest_CopyFlaggedByANewRule_AlertsForThatRuleOnly()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday, flagged: false)]);
        var result = Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday.AddHours(1), flagged: true)]);

        // The story was not flagged before: the copy is the first news of it for the rule.
        var alert = Assert.Single(result.Alerts);
        Assert.Equal(["Bajaur"], alert.Rules);
    }

    [Fact]
    public void Ingest_SameWordsFourDaysLater_IsANewStory()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday)]);
        var later = Ingest("wire", Monday.AddDays(4), [Item("wire", "w2", WireTitle, WireSummary, Monday.AddDays(4).AddHours(-1), flagged: true)]);

        Assert.Null(Stored("wire", "w2").StoryId);
        Assert.Single(later.Alerts);
    }

    [Fact]
    public void Ingest_UnrelatedItems_StayStoriesOfTheirOwn()
    {
        Ingest("a", Monday, [
            Item("a", "1", WireTitle, WireSummary, Monday),
            Item("a", "2", "Flood warning issued for Swat river", "The provincial disaster management authority warned of high floods in the Swat river after heavy rain in the upper catchment.", Monday),
            Item("a", "3", "Cricket board names squad for Australia tour", "The selectors named a 16-member squad, recalling the fast bowler after injury.", Monday),
        ]);

        Assert.All(_store.Query(new ItemQuery()), item => Assert.Null(item.StoryId));
        Assert.All(Enumerable.Range(1, 3), id => Assert.Null(_store.GetStory(id)));
    }

    [Fact]
    public void Ingest_StoriesDisabled_NeverGroupsAndAlertsEveryCopy()
    {
        var off = new StoryOptions { Enabled = false };
        var first = Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday, flagged: true)], off);
        var second = Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday, flagged: true)], off);

        Assert.Single(first.Alerts);
        Assert.Single(second.Alerts);
        Assert.Null(Stored("rewrite", "r1").StoryId);
    }

    [Fact]
    public void Ingest_KnownItemCarriedByAnotherFeed_AddsThatFeedToTheStory()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday)]);
        Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday)]);
        // The aggregator carries the wire's own link: the same item, a third source for the story.
        var wireCopy = Item("wire", "w1", WireTitle, WireSummary, Monday);
        Ingest("aggregator", Monday.AddHours(3), [wireCopy with { Identity = ItemIdentity.For("aggregator", wireCopy.Item) }]);

        var story = _store.GetStory(Stored("wire", "w1").Id)!;
        Assert.Equal(["wire", "rewrite", "aggregator"], story.Sources);
        Assert.Equal(2, story.ItemCount);
    }

    [Fact]
    public void Ingest_AfterReopening_JoinsAStoryStoredBefore()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday)]);
        var wireId = Stored("wire", "w1").Id;
        _store.Dispose();

        using var reopened = LiteDbItemStore.Open(_path);
        Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday)], store: reopened);

        Assert.Equal(wireId, reopened.Query(new ItemQuery()).Single(item => item.Link!.Contains("rewrite", StringComparison.Ordinal)).StoryId);
    }

    [Fact]
    public void ReclusterStories_StricterThreshold_SplitsTheStoryAndReportsTheMove()
    {
        IngestThreeVersions();

        var report = _store.ReclusterStories(since: null, new StoryOptions { MinContainment = 0.95 });

        // Every word of the lead-only pickup is in the wire copy; the rewrite's wording is its own.
        Assert.Equal(3, report.Scanned);
        Assert.Equal(1, report.Moved);
        Assert.Equal(1, report.Stories);
        var pickup = Stored("pickup", "p1");
        Assert.Null(Stored("rewrite", "r1").StoryId);
        Assert.Equal(pickup.Id, Stored("wire", "w1").StoryId);
        Assert.Equal(["pickup", "wire"], _store.GetStory(pickup.Id)!.Sources);
    }

    [Fact]
    public void ReclusterStories_StoresMadeWithStoriesOff_GroupsThemAfterwards()
    {
        IngestThreeVersions(new StoryOptions { Enabled = false });
        Assert.Null(Stored("wire", "w1").StoryId);

        var report = _store.ReclusterStories(since: null, new StoryOptions());

        Assert.Equal(2, report.Moved);
        Assert.Equal(1, report.Stories);
        var story = _store.GetStory(Stored("pickup", "p1").Id)!;
        Assert.Equal(3, story.ItemCount);
        Assert.Equal(3, _store.GetStoryMembers(story.Id).Count);
        Assert.Equal("wire", story.FirstFeedId);
        // Nothing is alerted by a re-cluster, and the story counts as alerted for its rules.
        Assert.Equal(["Bajaur"], story.AlertedRules);
    }

    [Fact]
    public void ReclusterStories_Since_KeepsEarlierMembersAndPlacesLaterOnesAgain()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday)], new StoryOptions { Enabled = false });
        Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday)], new StoryOptions { Enabled = false });
        Ingest("pickup", Monday.AddHours(3), [Item("pickup", "p1", "Bajaur checkpost attacked", LeadOnly, Monday)], new StoryOptions { Enabled = false });

        var report = _store.ReclusterStories(since: Monday.AddHours(2), new StoryOptions());

        // The wire item is before the range and stays put; the two later ones join it.
        Assert.Equal(2, report.Scanned);
        var wire = Stored("wire", "w1");
        Assert.Null(wire.StoryId);
        Assert.Equal(wire.Id, Stored("rewrite", "r1").StoryId);
        Assert.Equal(wire.Id, Stored("pickup", "p1").StoryId);
    }

    [Fact]
    public void ReclusterStories_ByAnotherProcess_MakesTheWriterReloadItsIndex()
    {
        IngestThreeVersions(new StoryOptions { Enabled = false });
        using (var cli = LiteDbItemStore.OpenExisting(_path))
        {
            cli.ReclusterStories(since: null, new StoryOptions());
        }

        var pickupId = Stored("pickup", "p1").Id;
        // A fourth outlet's copy, written by the store that had its index loaded before the re-cluster.
        Ingest("fourth", Monday.AddHours(5), [Item("fourth", "f1", WireTitle, WireSummary, Monday.AddHours(4))]);

        Assert.Equal(pickupId, Stored("fourth", "f1").StoryId);
        Assert.Equal(4, _store.GetStory(pickupId)!.ItemCount);
    }

    [Fact]
    public void Purge_MembersOfAStory_LeaveItAndTheLastOneIsAStoryOfItsOwnAgain()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday)]);
        Ingest("rewrite", Monday.AddHours(2), [Item("rewrite", "r1", EditedTitle, EditedSummary, Monday)]);
        Ingest("pickup", Monday.AddHours(3), [Item("pickup", "p1", "Bajaur checkpost attacked", LeadOnly, Monday)]);
        var storyId = Stored("wire", "w1").Id;

        _store.Purge(Monday.AddHours(1.5), Monday.AddHours(1.5), Monday, Monday.AddDays(1));

        var story = _store.GetStory(storyId)!;
        Assert.Equal([Stored("rewrite", "r1").Id, Stored("pickup", "p1").Id], _store.GetStoryMembers(storyId));
        Assert.Equal(2, story.ItemCount);
        // Who had it first stays on record after its copy is purged.
        Assert.Equal("wire", story.FirstFeedId);

        _store.Purge(Monday.AddHours(2.5), Monday.AddHours(2.5), Monday, Monday.AddDays(1));

        Assert.Null(_store.GetStory(storyId));
        Assert.Null(Stored("pickup", "p1").StoryId);
    }

    [Fact]
    public void Ingest_SameArticleRepostedWithNewGuidLinkAndHeadline_JoinsItsStoryWithoutAlertingAgain()
    {
        Ingest("wire", Monday.AddHours(1), [Item("wire", "w1", WireTitle, WireSummary, Monday, flagged: true)]);
        var reposted = Ingest("wire", Monday.AddHours(2), [Item("wire", "w1-updated", "UPDATE: " + EditedTitle, WireSummary, Monday.AddHours(1.5), flagged: true)]);

        Assert.Equal(1, reposted.New);
        Assert.Empty(reposted.Alerts);
        var story = _store.GetStory(Stored("wire", "w1").Id)!;
        Assert.Equal(2, story.ItemCount);
        Assert.Equal(["wire"], story.Sources);
    }
}

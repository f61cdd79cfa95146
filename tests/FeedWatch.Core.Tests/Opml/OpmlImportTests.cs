using FeedWatch.Core.Configuration;
using FeedWatch.Core.Opml;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Opml;

public sealed class OpmlImportTests
{
    private static OpmlReadResult.Success Subs() =>
        Assert.IsType<OpmlReadResult.Success>(OpmlReader.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "opml", "rsparser", "Subs.opml"))));

    private static OpmlFeed Feed(string url, string? id = null) => new(url, null, [], 1, id);

    [Fact]
    public void Plan_SameListTwice_GivesTheSameIds()
    {
        var first = OpmlImport.Plan([], Subs().Feeds).Select(entry => entry.Id).ToList();
        var second = OpmlImport.Plan([], Subs().Feeds).Select(entry => entry.Id).ToList();

        Assert.Equal(first, second);
        Assert.Equal("daringfireball.net-feeds-main", first[0]);
    }

    [Fact]
    public void Plan_RealList_GivesDistinctIdsThatPassTheFeedIdRule()
    {
        var ids = OpmlImport.Plan([], Subs().Feeds).Select(entry => entry.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.True(FeedWatchOptionsValidator.IsValidFeedId(id), id));
        Assert.All(ids, id => Assert.Matches("^[a-z0-9.-]{1,60}$", id));
    }

    [Fact]
    public void Plan_UrlsWithTheSameName_GetDistinctStableIds()
    {
        OpmlFeed[] feeds = [Feed("http://a.example.org/rss"), Feed("https://a.example.org/rss"), Feed("https://a.example.org/RSS")];

        var ids = OpmlImport.Plan([], feeds).Select(entry => entry.Id).ToList();

        Assert.Equal("a.example.org-rss", ids[0]);
        Assert.Matches("^a\\.example\\.org-rss-[0-9a-f]{8}$", ids[1]);
        Assert.Matches("^a\\.example\\.org-rss-[0-9a-f]{8}$", ids[2]);
        Assert.NotEqual(ids[1], ids[2]);
        Assert.Equal(ids, OpmlImport.Plan([], feeds).Select(entry => entry.Id));
    }

    [Fact]
    public void Plan_UrlTheConfigHas_KeepsItsIdAndIsNotAdded()
    {
        FeedDefinition[] existing = [new() { Id = "dawn", Url = "https://www.dawn.com/feeds/home" }];

        var entry = Assert.Single(OpmlImport.Plan(existing, [Feed("https://www.dawn.com/feeds/home")]));

        Assert.True(entry.AlreadyPresent);
        Assert.Equal("dawn", entry.Id);
    }

    [Fact]
    public void Plan_NameTakenByAnotherConfigFeed_GetsAHashedId()
    {
        FeedDefinition[] existing = [new() { Id = "DAWN.com-feeds-home", Url = "https://mirror.example.org/dawn" }];

        var entry = Assert.Single(OpmlImport.Plan(existing, [Feed("https://www.dawn.com/feeds/home")]));

        Assert.False(entry.AlreadyPresent);
        Assert.Matches("^dawn\\.com-feeds-home-[0-9a-f]{8}$", entry.Id);
    }

    [Fact]
    public void Plan_IdFromFeedWatchExport_IsKeptWhenValidAndFree()
    {
        FeedDefinition[] existing = [new() { Id = "taken", Url = "https://x.example.org/" }];

        var ids = OpmlImport.Plan(existing, [Feed("https://a.example.org/rss", "dawn"), Feed("https://b.example.org/rss", "taken"), Feed("https://c.example.org/rss", "bad id!")])
            .Select(entry => entry.Id);

        Assert.Equal(["dawn", "b.example.org-rss", "c.example.org-rss"], ids);
    }

    [Fact]
    public void Plan_LongUrl_IsCutToSixtyCharacters()
    {
        var entry = Assert.Single(OpmlImport.Plan([], [Feed("https://news.example.org/" + string.Join('/', Enumerable.Repeat("section", 20)) + "/rss.xml")]));

        Assert.True(entry.Id.Length <= 60);
        Assert.StartsWith("news.example.org-section-section", entry.Id, StringComparison.Ordinal);
        Assert.DoesNotMatch("[-.]$", entry.Id);
    }
}

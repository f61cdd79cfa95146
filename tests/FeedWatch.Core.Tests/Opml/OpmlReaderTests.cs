using System.Text;
using FeedWatch.Core.Opml;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Opml;

public sealed class OpmlReaderTests
{
    private static string OpmlCorpus => Path.Combine(RepositoryPaths.Corpus, "opml");

    public static TheoryData<string> CorpusFiles =>
        new(Directory.GetFiles(OpmlCorpus, "*.opml", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(OpmlCorpus, path)).Order(StringComparer.Ordinal));

    public static TheoryData<string> RealExportedLists => new("rsparser/Subs.opml", "rsparser/SubsNoTitleAttributes.opml");

    private static OpmlReadResult ReadCorpus(string name) => OpmlReader.Read(File.ReadAllBytes(Path.Combine(OpmlCorpus, name)));

    private static OpmlReadResult.Success Success(string name) => Assert.IsType<OpmlReadResult.Success>(ReadCorpus(name));

    private static OpmlReadResult.Success ReadText(string opml) => Assert.IsType<OpmlReadResult.Success>(OpmlReader.Read(Encoding.UTF8.GetBytes(opml)));

    private static string Body(string outlines) => $"<?xml version=\"1.0\"?>\n<opml version=\"2.0\">\n<body>\n{outlines}\n</body>\n</opml>";

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Read_EveryCorpusFile_GivesAResultNotAnException(string name)
    {
        var result = ReadCorpus(name);

        Assert.True(result is OpmlReadResult.Success or OpmlReadResult.Failure { Line: > 0 });
    }

    [Theory]
    [MemberData(nameof(RealExportedLists))]
    public void Read_RealExportedList_Gives206FeedsAndSkipsTheOneDuplicate(string name)
    {
        var list = Success(name);

        // 207 xmlUrl outlines; "http://feed.katiefloyd.com" and ".../" are one URL.
        Assert.Equal(206, list.Feeds.Count);
        Assert.Equal(206, list.Feeds.Select(feed => feed.Url).Distinct().Count());
        var skipped = Assert.Single(list.Skipped);
        Assert.Contains("http://feed.katiefloyd.com/ is already listed", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal("http://daringfireball.net/feeds/main", list.Feeds[0].Url);
        Assert.Equal("Daring Fireball", list.Feeds[0].Title);
        Assert.Equal("http://www.gerrold.com/feed/", list.Feeds[^1].Url);
        Assert.Equal(["Writers"], list.Feeds[^1].Categories);
    }

    [Theory]
    [MemberData(nameof(RealExportedLists))]
    public void Read_RealExportedList_PutsFeedsInTheirFolders(string name)
    {
        var list = Success(name);

        var perFolder = list.Feeds.GroupBy(feed => string.Join('/', feed.Categories)).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(new Dictionary<string, int> { [""] = 68, ["Programming"] = 33, ["Macintosh"] = 5, ["Weblogs"] = 97, ["Writers"] = 3 }, perFolder);
    }

    [Fact]
    public void Read_TheTwoRealLists_GiveTheSameUrlsAndTitlesWhetherFromTitleOrText()
    {
        var withTitles = Success("rsparser/Subs.opml");
        var textOnly = Success("rsparser/SubsNoTitleAttributes.opml");

        Assert.Equal(withTitles.Feeds.Select(feed => feed.Url), textOnly.Feeds.Select(feed => feed.Url));
        Assert.Equal(withTitles.Feeds.Select(feed => feed.Title), textOnly.Feeds.Select(feed => feed.Title));
        Assert.Contains(withTitles.Feeds, feed => feed.Title == "chat & code");
    }

    [Fact]
    public void Read_NestedFolders_GiveThePathByTextNotTitle()
    {
        var list = Success("newsboat/example.opml");

        Assert.Equal(7, list.Feeds.Count);
        Assert.Equal(["Blogs"], list.Feeds.Single(feed => feed.Title == "John's musings").Categories);
        Assert.Equal(["Blogs", "friends"], list.Feeds.Single(feed => feed.Url == "https://blogs.example.com/~mike/.rss").Categories);
        Assert.Equal(["eloquent"], list.Feeds[^1].Categories);
        Assert.Empty(list.Feeds[0].Categories);
    }

    [Fact]
    public void Read_RepeatedFolderNames_AreSeparateBranches()
    {
        var list = Success("newsboat/test-urls+.opml");

        Assert.Equal(
            [("http://test1.url.cc/feed.xml", "tag1/tag2"), ("http://anotherfeed.com/", ""), ("http://onemorefeed.at/feed/", "tag1/tag3"), ("https://example.com/another_feed.atom", "")],
            list.Feeds.Select(feed => (feed.Url, string.Join('/', feed.Categories))));
    }

    [Fact]
    public void Read_PipedCommandInsteadOfUrl_IsSkippedWithItsLine()
    {
        var list = Success("newsboat/piped.opml");

        Assert.Equal(["https://example.com/feed.atom"], list.Feeds.Select(feed => feed.Url));
        var skipped = Assert.Single(list.Skipped);
        Assert.Equal(8, skipped.Line);
        Assert.Equal("'|~/fetch_tweets.py' is not an http or https URL", skipped.Reason);
    }

    [Fact]
    public void Read_FilterCommandAttribute_IsIgnoredAndTheFeedKept()
    {
        var list = Success("newsboat/filtered.opml");

        Assert.Equal(["https://example.com/another_feed.atom", "https://example.com/firehose"], list.Feeds.Select(feed => feed.Url));
    }

    [Fact]
    public void Read_EmptyTitleAndNoText_GivesNoTitleAndKeepsTheQuery()
    {
        var feed = Assert.Single(Success("newsboat/category.opml").Feeds);

        Assert.Equal("http://feeds.bbci.co.uk/news/business/rss.xml?edition=int", feed.Url);
        Assert.Null(feed.Title);
    }

    [Fact]
    public void Read_NoBody_IsAnEmptyList()
    {
        var list = Success("newsboat/body-element-missing.opml");

        Assert.Empty(list.Feeds);
        Assert.Empty(list.Skipped);
    }

    [Fact]
    public void Read_RootIsNotOpml_FailsAtItsLine()
    {
        var failure = Assert.IsType<OpmlReadResult.Failure>(ReadCorpus("newsboat/opml-element-missing.opml"));

        Assert.Equal(2, failure.Line);
        Assert.Contains("<not-opml>", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_FailsAtTheLineOfTheBreak()
    {
        var failure = Assert.IsType<OpmlReadResult.Failure>(OpmlReader.Read(Encoding.UTF8.GetBytes(
            "<opml version=\"2.0\">\n<body>\n<outline xmlUrl=\"https://a.example.org/rss\">\n</body>\n</opml>")));

        Assert.Equal(4, failure.Line);
        Assert.DoesNotContain("Line 4", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_IsRejectedNotResolved()
    {
        var failure = Assert.IsType<OpmlReadResult.Failure>(OpmlReader.Read(Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<opml><body><outline title=\"&x;\" xmlUrl=\"https://a.example.org/\"/></body></opml>")));

        Assert.Equal(2, failure.Line);
        Assert.Contains("external entity", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OddlyCasedNames_AreRead()
    {
        var list = ReadText("<OPML version=\"1.0\"><Body><Outline TEXT=\"News\"><OUTLINE XMLURL=\"https://a.example.org/rss\" Title=\"A\"/>" +
            "<outline xmlurl=\"https://b.example.org/rss\" text=\"B\"/></Outline></Body></OPML>");

        Assert.Equal([("https://a.example.org/rss", "A"), ("https://b.example.org/rss", "B")], list.Feeds.Select(feed => (feed.Url, feed.Title!)));
        Assert.All(list.Feeds, feed => Assert.Equal(["News"], feed.Categories));
    }

    [Fact]
    public void Read_HtmlEntitiesInTitles_AreDecodedOnce()
    {
        var list = ReadText(Body(
            "<outline title=\"Tom &amp;amp; Jerry&nbsp;News\" xmlUrl=\"https://a.example.org/rss\"/>\n" +
            "<outline title=\"Caf&eacute; &#8211; &quot;daily&quot;\" xmlUrl=\"https://b.example.org/rss\"/>"));

        Assert.Equal(["Tom & Jerry News", "Café – \"daily\""], list.Feeds.Select(feed => feed.Title!));
    }

    [Fact]
    public void Read_UnusableUrls_AreSkippedEachWithItsLineAndReason()
    {
        var list = ReadText(Body(string.Join('\n',
            "<outline text=\"local\" xmlUrl=\"file:///etc/passwd\"/>",
            "<outline text=\"script\" xmlUrl=\"javascript:alert(1)\"/>",
            "<outline text=\"empty\" xmlUrl=\"  \"/>",
            "<outline text=\"page\" type=\"link\" url=\"https://example.org/\"/>",
            "<outline text=\"note\"/>",
            "<outline text=\"old scheme\" xmlUrl=\"feed://c.example.org/rss\"/>")));

        Assert.Equal(["http://c.example.org/rss"], list.Feeds.Select(feed => feed.Url));
        Assert.Equal([4, 5, 6, 7, 8], list.Skipped.Select(skipped => skipped.Line));
        Assert.Equal("'file:///etc/passwd' is not an http or https URL", list.Skipped[0].Reason);
        Assert.Equal("its xmlUrl is empty", list.Skipped[2].Reason);
        Assert.Contains("not a feed", list.Skipped[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameUrlDifferentlyWritten_IsOneFeed()
    {
        var list = ReadText(Body(
            "<outline text=\"A\" xmlUrl=\"HTTPS://A.Example.org:443/rss\"/>\n<outline text=\"A again\" xmlUrl=\" https://a.example.org/rss \"/>"));

        Assert.Equal("https://a.example.org/rss", Assert.Single(list.Feeds).Url);
        Assert.Equal("https://a.example.org/rss is already listed at line 4", Assert.Single(list.Skipped).Reason);
    }

    [Fact]
    public void Read_CommentedOutOutline_IsADisabledFeed()
    {
        var list = ReadText(Body("<outline text=\"A\" isComment=\"true\" xmlUrl=\"https://a.example.org/rss\"/>"));

        Assert.False(Assert.Single(list.Feeds).Enabled);
    }
}

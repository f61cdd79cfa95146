namespace FeedWatch.Core.Tests.Parsing;

public sealed class FeedParserLeniencyTests
{
    [Fact]
    public void Parse_HtmlEntityAndBareAmpersandInTitle_ParsesAndDecodesThem()
    {
        var feed = TestFeeds.ParseSuccessfully(TestFeeds.Rss(
            "<item><title>Fish & Chips&nbsp;Today &eacute;t&eacute;</title><guid>1</guid></item>"));

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("Fish & Chips\u00A0Today été", entry.Title);
    }

    [Fact]
    public void Parse_BareAmpersandInLink_KeepsTheQueryString()
    {
        var feed = TestFeeds.ParseSuccessfully(TestFeeds.Rss(
            "<item><title>t</title><link>https://example.org/story?id=5&page=2</link></item>"));

        Assert.Equal("https://example.org/story?id=5&page=2", Assert.Single(feed.Entries).Link);
    }

    [Fact]
    public void Parse_OneItemWithGarbagePubDate_OnlyThatItemLosesItsDate()
    {
        var feed = TestFeeds.ParseSuccessfully(TestFeeds.Rss("""
            <item><title>a</title><guid>a</guid><pubDate>Wed, 02 Oct 2002 13:00:00 GMT</pubDate></item>
            <item><title>b</title><guid>b</guid><pubDate>sometime last week</pubDate></item>
            <item><title>c</title><guid>c</guid><pubDate>Thu, 03 Oct 2002 08:30:00 +0500</pubDate></item>
            """));

        Assert.Equal(["a", "b", "c"], feed.Entries.Select(e => e.Id));
        Assert.Equal(new DateTimeOffset(2002, 10, 2, 13, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
        Assert.Null(feed.Entries[1].Published);
        Assert.Equal(new DateTimeOffset(2002, 10, 3, 3, 30, 0, TimeSpan.Zero), feed.Entries[2].Published);
    }

    [Fact]
    public void Parse_AtomEntryWithGarbageUpdated_KeepsEntryWithUnknownDate()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:feed</id><updated>2024-01-01T00:00:00Z</updated>
            <entry><id>urn:1</id><title>one</title><updated>2024-02-03T04:05:06+05:00</updated></entry>
            <entry><id>urn:2</id><title>two</title><updated>not a date</updated></entry>
            </feed>
            """);

        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal(new DateTimeOffset(2024, 2, 2, 23, 5, 6, TimeSpan.Zero), feed.Entries[0].Updated);
        Assert.Null(feed.Entries[1].Updated);
    }
}

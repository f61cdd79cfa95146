namespace FeedWatch.Core.Tests.Parsing;

/// <summary>Which date element lands in Published and which in Updated (a garbage pubDate alone is in FeedParserLeniencyTests).</summary>
public sealed class EntryDateTests
{
    [Fact]
    public void Parse_RssItemWithDcDateOnly_SetsUpdatedNotPublished()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
            <item><title>a</title><guid>a</guid><dc:date>2024-01-02T03:04:05-05:00</dc:date></item>
            </channel></rss>
            """);

        var entry = Assert.Single(feed.Entries);
        Assert.Null(entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 8, 4, 5, TimeSpan.Zero), entry.Updated);
    }

    [Fact]
    public void Parse_GarbagePubDateBesideDcDate_KeepsTheDcDate()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
            <item><title>a</title><guid>a</guid><pubDate>last Tuesday-ish</pubDate><dc:date>2024-01-02T03:04:05Z</dc:date></item>
            </channel></rss>
            """);

        var entry = Assert.Single(feed.Entries);
        Assert.Null(entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), entry.Updated);
    }

    [Fact]
    public void Parse_AtomEntryWithUpdatedOnly_SetsUpdatedNotPublished()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title>one</title><updated>2024-06-07T08:09:10Z</updated></entry>
            </feed>
            """);

        var entry = Assert.Single(feed.Entries);
        Assert.Null(entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 6, 7, 8, 9, 10, TimeSpan.Zero), entry.Updated);
    }
}

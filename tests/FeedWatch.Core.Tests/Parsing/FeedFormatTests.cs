using System.Text;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>One document per format FeedWatch reads, each read for the fields an analyst sees.</summary>
public sealed class FeedFormatTests
{
    [Fact]
    public void Parse_Rss090_ReadsChannelAndSiblingItems()
    {
        // RSS 0.90 puts the items beside the channel, in the Netscape namespace, with no ids or dates.
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel>
                <title>Mozilla Dot Org</title>
                <link>http://www.mozilla.org</link>
                <description>the Mozilla Organization web site</description>
              </channel>
              <image><title>Mozilla</title><url>http://www.mozilla.org/images/moz.gif</url><link>http://www.mozilla.org</link></image>
              <item>
                <title>New Status Updates</title>
                <link>http://www.mozilla.org/status/</link>
              </item>
              <item>
                <title>Bugzilla Reorganized</title>
                <link>http://www.mozilla.org/bugs/</link>
              </item>
            </rdf:RDF>
            """);

        Assert.Equal(FeedFormat.Rss090, feed.Format);
        Assert.Equal("Mozilla Dot Org", feed.Title);
        Assert.Equal("http://www.mozilla.org", feed.Link);
        Assert.Equal(2, feed.Entries.Count);
        var entry = feed.Entries[0];
        Assert.Null(entry.Id);
        Assert.Equal("http://www.mozilla.org/status/", entry.Link);
        Assert.Equal("New Status Updates", entry.Title);
        Assert.Null(entry.Published);
    }

    [Fact]
    public void Parse_Rss091WithNetscapeDoctype_ReadsTheFeed()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91">
            <channel>
            <title>WriteTheWeb</title>
            <link>http://writetheweb.com</link>
            <description>News for web users that write back</description>
            <language>en-us</language>
            <item>
            <title>Giving the world a pluggable Gnutella</title>
            <link>http://writetheweb.com/read.php?item=24</link>
            <description>WorldOS is a framework on which to build programs that work like Freenet or Gnutella.</description>
            </item>
            </channel>
            </rss>
            """);

        Assert.Equal(FeedFormat.Rss091, feed.Format);
        Assert.Equal("WriteTheWeb", feed.Title);
        Assert.Equal("http://writetheweb.com", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Null(entry.Id);
        Assert.Equal("http://writetheweb.com/read.php?item=24", entry.Link);
        Assert.Equal("Giving the world a pluggable Gnutella", entry.Title);
        Assert.Null(entry.Published);
    }

    [Fact]
    public async Task Parse_Rss091Doctype_IsNeverFetched()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.ServeDocument("/rss-0.91.dtd", "<!ENTITY copy \"(c)\">", "application/xml-dtd");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "{server.Url("/rss-0.91.dtd")}">
            <rss version="0.91"><channel><title>t</title><link>http://example.org/</link><description>d</description>
            <item><title>one</title><link>http://example.org/1</link></item>
            </channel></rss>
            """;

        var feed = TestFeeds.ParseSuccessfully(xml);

        Assert.Single(feed.Entries);
        Assert.Equal(0, server.CountRequests("/rss-0.91.dtd"));
    }

    [Fact]
    public void Parse_Rss092ItemWithoutTitle_ReadsLinkAndDescription()
    {
        // RSS 0.92 made every item element optional; an item may be only a description.
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0"?>
            <rss version="0.92">
            <channel>
            <title>Dave Winer: Grateful Dead</title>
            <link>http://www.scripting.com/blog/categories/gratefulDead.html</link>
            <description>A high-fidelity Grateful Dead song every day.</description>
            <item>
            <description>It's been a few days since I added a song to the Grateful Dead channel.</description>
            <link>http://www.scripting.com/mp3s/weatherReportDicksPicsVol7.mp3</link>
            <enclosure url="http://www.scripting.com/mp3s/weatherReportDicksPicsVol7.mp3" length="6182912" type="audio/mpeg"/>
            <category domain="http://www.scripting.com/music">music</category>
            </item>
            </channel>
            </rss>
            """);

        Assert.Equal(FeedFormat.Rss092, feed.Format);
        Assert.Equal("Dave Winer: Grateful Dead", feed.Title);
        Assert.Equal("http://www.scripting.com/blog/categories/gratefulDead.html", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Null(entry.Id);
        Assert.Equal("http://www.scripting.com/mp3s/weatherReportDicksPicsVol7.mp3", entry.Link);
        Assert.Null(entry.Title);
        Assert.StartsWith("It's been a few days", entry.SummaryHtml, StringComparison.Ordinal);
        Assert.Null(entry.Published);
    }

    [Fact]
    public void Parse_Rss093_ReadsItemPubDate()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <rss version="0.93"><channel>
            <title>Scripting News</title><link>http://www.scripting.com/</link><description>d</description>
            <item>
            <title>RSS 0.93 adds pubDate</title>
            <link>http://www.scripting.com/2001/04/20.html</link>
            <pubDate>Fri, 20 Apr 2001 19:00:00 GMT</pubDate>
            </item>
            </channel></rss>
            """);

        Assert.Equal(FeedFormat.Rss093, feed.Format);
        Assert.Equal("Scripting News", feed.Title);
        Assert.Equal("http://www.scripting.com/", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Null(entry.Id);
        Assert.Equal("http://www.scripting.com/2001/04/20.html", entry.Link);
        Assert.Equal("RSS 0.93 adds pubDate", entry.Title);
        Assert.Equal(new DateTimeOffset(2001, 4, 20, 19, 0, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void Parse_Rss094_ReadsGuidAndPubDate()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <rss version="0.94"><channel>
            <title>Userland</title><link>http://backend.userland.com/</link><description>d</description>
            <item>
            <title>RSS 0.94 draft</title>
            <link>http://backend.userland.com/rss094</link>
            <guid isPermaLink="false">userland-094</guid>
            <pubDate>Sat, 31 Aug 2002 15:20:00 -0700</pubDate>
            </item>
            </channel></rss>
            """);

        Assert.Equal(FeedFormat.Rss094, feed.Format);
        Assert.Equal("Userland", feed.Title);
        Assert.Equal("http://backend.userland.com/", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("userland-094", entry.Id);
        Assert.Equal("http://backend.userland.com/rss094", entry.Link);
        Assert.Equal("RSS 0.94 draft", entry.Title);
        Assert.Equal(new DateTimeOffset(2002, 8, 31, 22, 20, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void Parse_Rss20_ReadsFeedAndEntry()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
            <title>Liftoff News</title><link>http://liftoff.msfc.nasa.gov/</link><description>Liftoff to Space Exploration.</description>
            <item>
            <title>Star City</title>
            <link>http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp</link>
            <guid>http://liftoff.msfc.nasa.gov/2003/06/03.html#item573</guid>
            <pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate>
            </item>
            </channel></rss>
            """);

        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("Liftoff News", feed.Title);
        Assert.Equal("http://liftoff.msfc.nasa.gov/", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("http://liftoff.msfc.nasa.gov/2003/06/03.html#item573", entry.Id);
        // An explicit <link> beats the permalink guid.
        Assert.Equal("http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp", entry.Link);
        Assert.Equal("Star City", entry.Title);
        Assert.Equal(new DateTimeOffset(2003, 6, 3, 9, 39, 21, TimeSpan.Zero), entry.Published);
    }

    [Theory]
    [InlineData("<guid isPermaLink=\"true\">http://example.org/2024/a</guid>")]
    [InlineData("<guid>http://example.org/2024/a</guid>")]
    public void Parse_Rss20PermaLinkGuidWithoutLink_UsesTheGuidAsLink(string guidElement)
    {
        var feed = TestFeeds.ParseSuccessfully(TestFeeds.Rss($"<item><title>a</title>{guidElement}</item>"));

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("http://example.org/2024/a", entry.Id);
        Assert.Equal("http://example.org/2024/a", entry.Link);
    }

    [Fact]
    public void Parse_Rss20GuidNotPermaLinkWithoutLink_HasNoLink()
    {
        var feed = TestFeeds.ParseSuccessfully(TestFeeds.Rss(
            "<item><title>a</title><guid isPermaLink=\"false\">http://example.org/2024/a</guid></item>"));

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("http://example.org/2024/a", entry.Id);
        Assert.Null(entry.Link);
    }

    [Fact]
    public void Parse_Rss10_ReadsRdfAboutAndDublinCoreAndEncodedContent()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel rdf:about="http://example.org/rss">
                <title>RDF Site</title>
                <link>http://example.org/</link>
                <description>d</description>
                <items><rdf:Seq><rdf:li rdf:resource="http://example.org/2024/01/first"/></rdf:Seq></items>
              </channel>
              <item rdf:about="http://example.org/2024/01/first">
                <title>First post</title>
                <link>http://example.org/2024/01/first.html</link>
                <dc:date>2024-01-02T03:04:05+01:00</dc:date>
                <dc:creator>Jane Doe</dc:creator>
                <dc:subject>Science</dc:subject>
                <content:encoded><![CDATA[<p>The <b>full</b> text.</p>]]></content:encoded>
              </item>
            </rdf:RDF>
            """);

        Assert.Equal(FeedFormat.Rss10, feed.Format);
        Assert.Equal("RDF Site", feed.Title);
        Assert.Equal("http://example.org/", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("http://example.org/2024/01/first", entry.Id);
        Assert.Equal("http://example.org/2024/01/first.html", entry.Link);
        Assert.Equal("First post", entry.Title);
        // dc:date is a modification date (feedparser's "updated"); RSS 1.0 has no publication date.
        Assert.Null(entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 2, 4, 5, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Jane Doe", entry.Author);
        Assert.Equal("Science", Assert.Single(entry.Categories));
        Assert.Equal("<p>The <b>full</b> text.</p>", entry.ContentHtml);
    }

    [Fact]
    public void Parse_Atom03_ReadsIssuedModifiedAndEscapedAndBase64Content()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>dive into mark</title>
              <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
              <modified>2003-12-13T18:30:02Z</modified>
              <entry>
                <title>Atom 0.3 snapshot</title>
                <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
                <id>tag:diveintomark.org,2003:3.2397</id>
                <issued>2003-12-13T08:29:29-04:00</issued>
                <modified>2003-12-13T18:30:02Z</modified>
                <content type="text/html" mode="escaped">&lt;p&gt;Escaped &lt;em&gt;HTML&lt;/em&gt;&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Encoded</title>
                <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/14/base64"/>
                <id>tag:diveintomark.org,2003:3.2398</id>
                <issued>2003-12-14T08:00:00Z</issued>
                <content type="text/html" mode="base64">PHA+SGVsbG8gZnJvbSA8ZW0+YmFzZTY0PC9lbT48L3A+</content>
              </entry>
            </feed>
            """);

        Assert.Equal(FeedFormat.Atom03, feed.Format);
        Assert.Equal("dive into mark", feed.Title);
        Assert.Equal("http://diveintomark.org/", feed.Link);
        Assert.Equal(2, feed.Entries.Count);
        var escaped = feed.Entries[0];
        Assert.Equal("tag:diveintomark.org,2003:3.2397", escaped.Id);
        Assert.Equal("http://diveintomark.org/2003/12/13/atom03", escaped.Link);
        Assert.Equal("Atom 0.3 snapshot", escaped.Title);
        Assert.Equal(new DateTimeOffset(2003, 12, 13, 12, 29, 29, TimeSpan.Zero), escaped.Published);
        Assert.Equal(new DateTimeOffset(2003, 12, 13, 18, 30, 2, TimeSpan.Zero), escaped.Updated);
        Assert.Equal("<p>Escaped <em>HTML</em></p>", escaped.ContentHtml);
        Assert.Equal("<p>Hello from <em>base64</em></p>", feed.Entries[1].ContentHtml);
    }

    [Fact]
    public void Parse_Atom10_ReadsFeedAndEntryKeepingPublishedAndUpdated()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Feed</title>
              <link rel="self" href="http://example.org/feed.atom"/>
              <link href="http://example.org/"/>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2003-12-14T10:20:05Z</updated>
              <entry>
                <title>Atom-Powered Robots Run Amok</title>
                <link href="http://example.org/2003/12/13/atom03"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2003-12-13T08:29:29-04:00</published>
                <updated>2003-12-14T10:20:05+01:00</updated>
                <author><name>John Doe</name><email>john@example.org</email></author>
              </entry>
            </feed>
            """);

        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Example Feed", feed.Title);
        Assert.Equal("http://example.org/", feed.Link);
        Assert.Equal("urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", feed.Id);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", entry.Id);
        Assert.Equal("http://example.org/2003/12/13/atom03", entry.Link);
        Assert.Equal("Atom-Powered Robots Run Amok", entry.Title);
        Assert.Equal(new DateTimeOffset(2003, 12, 13, 12, 29, 29, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2003, 12, 14, 9, 20, 5, TimeSpan.Zero), entry.Updated);
        Assert.Equal("John Doe", entry.Author);
    }

    [Fact]
    public void Parse_Atom10XmlBase_ResolvesRelativeLinksOnFeedAndEntries()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/">
              <title>Based</title>
              <link href="./"/>
              <id>urn:based</id>
              <entry><id>urn:1</id><title>relative</title><link href="2024/post"/></entry>
              <entry><id>urn:2</id><title>root-relative</title><link href="/x"/></entry>
              <entry xml:base="archive/"><id>urn:3</id><title>entry base</title><link href="old"/></entry>
              <entry xml:base="http://mirror.example.net/"><id>urn:4</id><title>absolute base</title><link href="post"/></entry>
            </feed>
            """);

        Assert.Equal("http://example.org/blog/", feed.Link);
        Assert.Equal("http://example.org/blog/2024/post", feed.Entries[0].Link);
        Assert.Equal("http://example.org/x", feed.Entries[1].Link);
        Assert.Equal("http://example.org/blog/archive/old", feed.Entries[2].Link);
        Assert.Equal("http://mirror.example.net/post", feed.Entries[3].Link);
    }

    [Fact]
    public void Parse_Atom10TextConstructs_ReadAsHtmlByType()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title type="text">AT&amp;T</title>
                <content type="html">&lt;p&gt;An &lt;b&gt;html&lt;/b&gt; body&lt;/p&gt;</content></entry>
              <entry><id>urn:2</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title>
                <content type="text">1 &lt; 2</content></entry>
              <entry><id>urn:3</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <em>xhtml</em> title</div></title>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>An <em>xhtml</em> body</p></div></content></entry>
            </feed>
            """);

        var (text, html, xhtml) = (feed.Entries[0], feed.Entries[1], feed.Entries[2]);
        Assert.Equal("AT&amp;T", text.Title);
        Assert.Equal("AT&T", HtmlText.ToPlainText(text.Title));
        Assert.Equal("<p>An <b>html</b> body</p>", text.ContentHtml);
        Assert.Equal("<b>Bold</b> move", html.Title);
        Assert.Equal("1 &lt; 2", html.ContentHtml);
        Assert.Equal("An xhtml title", HtmlText.ToPlainText(xhtml.Title));
        Assert.Contains("<p>An <em>xhtml</em> body</p>", xhtml.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Atom10XhtmlContent_LeavesOutTheWrapperDiv()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title>x</title>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>An <em>xhtml</em> body</p></div></content></entry>
            </feed>
            """);

        Assert.Equal("<p>An <em>xhtml</em> body</p>", Assert.Single(feed.Entries).ContentHtml);
    }

    [Fact]
    public void Parse_Atom10Links_AlternateBeatsRelatedAndSelfOrEnclosureIsNeverTheLink()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title>all kinds</title>
                <link rel="self" href="http://example.org/entries/1.atom"/>
                <link rel="enclosure" type="audio/mpeg" href="http://example.org/1.mp3"/>
                <link rel="related" href="http://elsewhere.example/story"/>
                <link rel="alternate" type="text/html" href="http://example.org/2024/1"/>
              </entry>
              <entry><id>urn:2</id><title>no article link</title>
                <link rel="self" href="http://example.org/entries/2.atom"/>
                <link rel="enclosure" type="audio/mpeg" href="http://example.org/2.mp3"/>
              </entry>
            </feed>
            """);

        Assert.Equal("http://example.org/2024/1", feed.Entries[0].Link);
        Assert.Null(feed.Entries[1].Link);
    }

    [Fact]
    public void Parse_AtomEntryDocument_IsAFeedOfOneEntry()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <?xml version="1.0" encoding="utf-8"?>
            <entry xmlns="http://www.w3.org/2005/Atom">
              <title>Lone entry</title>
              <link href="http://example.org/lone"/>
              <id>tag:example.org,2024:lone</id>
              <published>2024-03-04T05:06:07Z</published>
            </entry>
            """);

        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Null(feed.Title);
        Assert.Null(feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("tag:example.org,2024:lone", entry.Id);
        Assert.Equal("http://example.org/lone", entry.Link);
        Assert.Equal("Lone entry", entry.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 5, 6, 7, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void Parse_AtomServedAsRss_IsDetectedFromTheDocument()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title>one</title></entry>
            </feed>
            """;

        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), "application/rss+xml; charset=utf-8");

        var feed = Assert.IsType<ParseResult.Success>(result).Feed;
        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("urn:1", Assert.Single(feed.Entries).Id);
    }

    [Fact]
    public void Parse_JsonFeed10_ReadsItemsAndSingleAuthor()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            {
              "version": "https://jsonfeed.org/version/1",
              "title": "JSON Feed 1.0",
              "home_page_url": "https://example.org/",
              "feed_url": "https://example.org/feed.json",
              "items": [
                {
                  "id": "https://example.org/2",
                  "url": "https://example.org/2",
                  "title": "Second post",
                  "content_html": "<p>Hi</p>",
                  "date_published": "2024-01-02T03:04:05-05:00",
                  "author": { "name": "Jane Doe" }
                }
              ]
            }
            """);

        Assert.Equal(FeedFormat.JsonFeed10, feed.Format);
        Assert.Equal("JSON Feed 1.0", feed.Title);
        Assert.Equal("https://example.org/", feed.Link);
        Assert.Equal("https://example.org/feed.json", feed.Id);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://example.org/2", entry.Id);
        Assert.Equal("https://example.org/2", entry.Link);
        Assert.Equal("Second post", entry.Title);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 8, 4, 5, TimeSpan.Zero), entry.Published);
        Assert.Equal("Jane Doe", entry.Author);
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsAuthorsAndNumericId()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "JSON Feed 1.1",
              "home_page_url": "https://example.org/",
              "items": [
                {
                  "id": 42,
                  "url": "https://example.org/42",
                  "title": "Answer",
                  "content_text": "text",
                  "date_published": "2024-05-06T07:08:09Z",
                  "authors": [ { "name": "Ann" }, { "name": "Bob" } ]
                }
              ]
            }
            """);

        Assert.Equal(FeedFormat.JsonFeed11, feed.Format);
        Assert.Equal("JSON Feed 1.1", feed.Title);
        Assert.Equal("https://example.org/", feed.Link);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("42", entry.Id);
        Assert.Equal("https://example.org/42", entry.Link);
        Assert.Equal("Answer", entry.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), entry.Published);
        Assert.Equal("Ann", entry.Author);
    }

    [Fact]
    public void Parse_JsonWithUnknownVersionButItems_IsAJsonFeed()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            {"version": "https://jsonfeed.org/version/2", "title": "Future", "items": [{"id": "1", "title": "one"}]}
            """);

        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("one", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_JsonThatIsNotAFeed_Fails()
    {
        const string json = """{"status": "ok", "data": [1, 2, 3]}""";

        var failure = Assert.IsType<ParseResult.Failure>(FeedParser.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("not a JSON Feed", failure.Reason, StringComparison.Ordinal);
    }
}

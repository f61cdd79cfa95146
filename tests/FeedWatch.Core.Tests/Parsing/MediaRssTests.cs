using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

public sealed class MediaRssTests
{
    private static ParsedEntry OnlyEntry(string xml) =>
        Assert.Single(Assert.IsType<ParseResult.Success>(FeedParser.Parse(Encoding.UTF8.GetBytes(xml))).Feed.Entries);

    [Fact]
    public void Parse_YouTubeStyleEntry_TakesSummaryFromMediaGroupDescription()
    {
        var entry = OnlyEntry("""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
              <entry><id>yt:video:1</id><title>Briefing</title><link rel="alternate" href="https://www.youtube.com/watch?v=1"/>
                <media:group><media:title>Briefing</media:title><media:description>Security forces & TTP clashes in Bajaur</media:description></media:group>
              </entry>
            </feed>
            """);

        Assert.Equal("Briefing", entry.Title);
        Assert.Equal("Security forces &amp; TTP clashes in Bajaur", entry.SummaryHtml);
    }

    [Fact]
    public void Parse_ItemWithOwnTitleAndDescription_KeepsThemOverMediaOnes()
    {
        var entry = OnlyEntry("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
              <item><title>Own title</title><description>Own text</description><guid>1</guid>
                <media:title>Photo title</media:title><media:description type="html">&lt;b&gt;photo&lt;/b&gt;</media:description></item>
            </channel></rss>
            """);

        Assert.Equal(("Own title", "Own text"), (entry.Title, entry.SummaryHtml));
    }

    [Fact]
    public void Parse_ItemWithOnlyMediaTitle_UsesIt()
    {
        var entry = OnlyEntry("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
              <item><guid>1</guid><media:title type="plain">Flood waters <rise></media:title></item>
            </channel></rss>
            """.Replace("<rise>", "&lt;rise&gt;", StringComparison.Ordinal));

        Assert.Equal("Flood waters &lt;rise&gt;", entry.Title);
    }
}

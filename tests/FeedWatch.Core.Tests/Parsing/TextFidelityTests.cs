using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Titles and summaries reach the analyst as the publisher meant them: entities decoded, markup
/// dropped, escaped markup shown as text, and sloppy XML costing nothing.
/// </summary>
public sealed class TextFidelityTests
{
    private static ParsedEntry Item(string itemXml) =>
        Assert.Single(TestFeeds.ParseSuccessfully(TestFeeds.Rss(itemXml)).Entries);

    [Fact]
    public void Parse_HtmlEntitiesOutsideCdata_PlainTextHasTheCharacters()
    {
        var entry = Item("<item><title>Caf&eacute;&nbsp;Soci&eacute;t&eacute; &mdash; open late&hellip;</title><guid>1</guid></item>");

        Assert.Equal("Café Société — open late…", HtmlText.ToPlainText(entry.Title));
    }

    [Theory]
    [InlineData("AT&T")]
    [InlineData("AT&T to buy Time Warner; shares fall")]
    public void Parse_BareAmpersand_StaysAnAmpersand(string title)
    {
        var entry = Item($"<item><title>{title}</title><guid>1</guid></item>");

        Assert.Equal(title, HtmlText.ToPlainText(entry.Title));
    }

    [Fact]
    public void Parse_UpperCaseHexCharacterReference_IsDecoded()
    {
        // "&#X41;" is valid HTML but not XML, which only knows the lower-case x.
        var entry = Item("<item><title>Plan &#X41; and &#x42;</title><guid>1</guid></item>");

        Assert.Equal("Plan A and B", HtmlText.ToPlainText(entry.Title));
    }

    [Fact]
    public void Parse_CdataTitle_IsHtmlWithMarkupDroppedInPlainText()
    {
        var entry = Item("<item><title><![CDATA[Q&A: <i>Why</i> it matters]]></title><guid>1</guid></item>");

        Assert.Equal("Q&A: <i>Why</i> it matters", entry.Title);
        Assert.Equal("Q&A: Why it matters", HtmlText.ToPlainText(entry.Title));
    }

    [Fact]
    public void Parse_DoubleEscapedHtmlInDescription_ShowsTheTagsAsText()
    {
        // The publisher escaped its HTML twice: the reader should see "<b>", not bold text.
        var entry = Item("<item><title>t</title><description>&amp;lt;b&amp;gt;not bold&amp;lt;/b&amp;gt;</description><guid>1</guid></item>");

        Assert.Equal("&lt;b&gt;not bold&lt;/b&gt;", entry.SummaryHtml);
        Assert.Equal("<b>not bold</b>", HtmlText.ToPlainText(entry.SummaryHtml));
    }

    [Theory]
    [InlineData("<b>Bold</b> news")]
    [InlineData("&lt;b&gt;Bold&lt;/b&gt; news")]
    public void Parse_TitleWithMarkup_PlainTextDropsTheTags(string title)
    {
        var entry = Item($"<item><title>{title}</title><guid>1</guid></item>");

        Assert.Equal("Bold news", HtmlText.ToPlainText(entry.Title));
    }

    [Fact]
    public void Parse_AtomTextTitleWithLessThan_StaysLiteralText()
    {
        var feed = TestFeeds.ParseSuccessfully("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title type="text">Why 3 &lt; 5 and &lt;b&gt; is a tag</title></entry>
            </feed>
            """);

        var title = Assert.Single(feed.Entries).Title;
        Assert.Equal("Why 3 &lt; 5 and &lt;b&gt; is a tag", title);
        Assert.Equal("Why 3 < 5 and <b> is a tag", HtmlText.ToPlainText(title));
    }

    [Fact]
    public void Parse_UndeclaredItunesPrefix_KeepsEveryEntry()
    {
        var feed = WithUndeclaredElementInFirstItem("itunes:author");

        Assert.Equal(["one", "two"], feed.Entries.Select(e => e.Title));
        Assert.Null(feed.Recovery);
    }

    [Fact]
    public void Parse_UndeclaredUnknownPrefix_KeepsEveryEntry()
    {
        var feed = WithUndeclaredElementInFirstItem("custom:rating");

        Assert.Equal(["one", "two"], feed.Entries.Select(e => e.Title));
    }

    private static ParsedFeed WithUndeclaredElementInFirstItem(string element) =>
        TestFeeds.ParseSuccessfully(TestFeeds.Rss($"""
            <item><title>one</title><guid>1</guid><{element}>x</{element}></item>
            <item><title>two</title><guid>2</guid></item>
            """));
}

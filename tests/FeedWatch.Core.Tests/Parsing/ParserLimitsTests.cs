using System.Text;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Oversized and pathologically nested documents: the parser must answer, not throw or take the
/// process down. A stack overflow cannot be caught, so a failure here kills the whole test run.
/// </summary>
public sealed class ParserLimitsTests
{
    // Not a benchmark: a guard so a hang fails the test instead of stalling the run.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static Task<ParseResult> ParseAsync(string xml) =>
        Task.Run(() => FeedParser.Parse(Encoding.UTF8.GetBytes(xml))).WaitAsync(HangGuard);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Theory]
    [InlineData("x")]
    [InlineData("Fish & Chips ")] // the bare ampersand sends the document through the repairing path
    public async Task Parse_FiveMegabyteTitle_ReturnsWithoutThrowing(string piece)
    {
        var title = Repeat(piece, 5 * 1024 * 1024 / piece.Length);

        var result = await ParseAsync(TestFeeds.Rss($"<item><title>{title}</title><guid>1</guid></item>"));

        // Keeping or truncating the title are both acceptable; only an exception or a hang is not.
        Assert.True(result is ParseResult.Success or ParseResult.Failure { Reason.Length: > 0 });
    }

    [Fact]
    public async Task Parse_TenThousandNestedDivsInAtomXhtmlContent_ReadsTheEntry()
    {
        const int depth = 10_000;
        var xml = $"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
              <entry><id>urn:1</id><title>deep</title>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{Repeat("<div>", depth)}bottom{Repeat("</div>", depth)}</div></content>
              </entry>
            </feed>
            """;

        var feed = Assert.IsType<ParseResult.Success>(await ParseAsync(xml)).Feed;

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("deep", entry.Title);
        Assert.Equal("bottom", HtmlText.ToPlainText(entry.ContentHtml));
    }

    [Fact]
    public async Task Parse_TenThousandNestedSpansInRssDescription_ReadsTheEntry()
    {
        const int depth = 10_000;
        var xml = TestFeeds.Rss($"<item><title>deep</title><guid>1</guid><description>{Repeat("<span>", depth)}bottom{Repeat("</span>", depth)}</description></item>");

        var feed = Assert.IsType<ParseResult.Success>(await ParseAsync(xml)).Feed;

        Assert.Equal("bottom", HtmlText.ToPlainText(Assert.Single(feed.Entries).SummaryHtml));
    }

    [Fact]
    public async Task Parse_HundredThousandNestedChannels_DoesNotOverflowTheStack()
    {
        const int depth = 100_000;
        var xml = $"""<rss version="2.0">{Repeat("<channel>", depth)}<item><title>x</title></item>{Repeat("</channel>", depth)}</rss>""";

        var result = await ParseAsync(xml);

        Assert.True(result is ParseResult.Success or ParseResult.Failure { Reason.Length: > 0 });
    }

    [Fact]
    public void Parse_HundredThousandNestedJsonArrays_ReturnsWithoutThrowing()
    {
        const int depth = 100_000;
        var json = $$"""{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "_x": {{Repeat("[", depth)}}{{Repeat("]", depth)}}}]}""";

        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.True(result is ParseResult.Success or ParseResult.Failure { Reason.Length: > 0 });
    }
}

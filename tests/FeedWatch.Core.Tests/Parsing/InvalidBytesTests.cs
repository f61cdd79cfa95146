using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Bytes invalid in the document's own encoding, found by the bad-input run
/// (<see cref="Polling.BadInputPipelineTests"/>): each made the parser throw, and the poll failed as
/// Internal instead of storing the feed or recording a parse failure.
/// </summary>
public sealed class InvalidBytesTests
{
    [Fact]
    public void Parse_Utf8BomThenAnInvalidFirstByte_IsAParseFailure()
    {
        // The recipe "utf-8-bom.xml flipped 3^0xCE ...": the '<' after the BOM became 0xF2, a lead
        // byte without its tail. Over a stream the XmlReader decodes its first character as it is
        // created, which was before the parser's catch for malformed XML was entered.
        var xml = Encoding.UTF8.GetBytes(TestFeeds.Rss("<item><title>Jirga in Swat</title><guid>1</guid></item>"));
        xml[0] ^= 0xCE;
        byte[] body = [.. Encoding.UTF8.GetPreamble(), .. xml];

        var result = FeedParser.Parse(body, "application/xml");

        var failure = Assert.IsType<ParseResult.Failure>(result);
        Assert.Equal("Parse", failure.Kind);
        Assert.StartsWith("Malformed XML at line 1", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonFeedWithInvalidUtf8InAString_KeepsTheFeedWithAReplacementCharacter()
    {
        // System.Text.Json parsed the document and threw only when the title was read as a string.
        var json = Encoding.UTF8.GetBytes("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Desk",
             "items": [{"id": "1", "title": "Curfew X lifted", "url": "https://news.example/1"},
                       {"id": "2", "title": "Jirga meets", "url": "https://news.example/2"}]}
            """);
        json[Array.IndexOf(json, (byte)'X')] = 0xB5;

        var result = FeedParser.Parse(json, "application/json");

        var feed = Assert.IsType<ParseResult.Success>(result).Feed;
        Assert.Equal(["Curfew \uFFFD lifted", "Jirga meets"], feed.Entries.Select(e => e.Title));
    }

    [Fact]
    public void ToString_Failure_PrintsTheReasonOnce()
    {
        // Found while reproducing the above: a failure printed itself through Unusable without end,
        // so a log line or an assertion message with a failure in it ended in a stack overflow.
        var failure = new ParseResult.Failure("Malformed XML at line 1.");

        Assert.Equal("Failure { Reason = Malformed XML at line 1., NotAFeed = False, Kind = Parse }", failure.ToString());
    }
}

using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

public sealed class FeedParserSafetyTests
{
    // Not a benchmark: an expanding parser takes minutes and gigabytes, a safe one milliseconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>d</description>
        <item><title>&lol9;</title><guid>1</guid></item>
        </channel></rss>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>d</description>
        <item><title>leak: &xxe;</title><description>&xxe;</description><guid>1</guid></item>
        </channel></rss>
        """;

    [Fact]
    public async Task Parse_BillionLaughs_IsRejectedNamingTheAttack()
    {
        var failure = Assert.IsType<ParseResult.Failure>(await ParseAsync(BillionLaughs));

        Assert.Contains("billion laughs", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("lol1", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ExternalEntityToEtcPasswd_IsRejectedWithoutReadingTheFile()
    {
        var failure = Assert.IsType<ParseResult.Failure>(await ParseAsync(ExternalEntity));

        Assert.Contains("external entity \"xxe\"", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ExternalEntityInUtf16Document_IsRejectedToo()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ExternalEntity.Replace("<?xml version=\"1.0\"?>", "", StringComparison.Ordinal))).ToArray();

        var failure = Assert.IsType<ParseResult.Failure>(await Task.Run(() => FeedParser.Parse(bytes)).WaitAsync(HangGuard));

        Assert.Contains("XXE", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ParameterEntity_IsRejected()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>
            <rss version="2.0"><channel><title>t</title></channel></rss>
            """;

        Assert.IsType<ParseResult.Failure>(await ParseAsync(xml));
    }

    [Fact]
    public async Task Parse_PlainInternalEntity_IsReadWithTheReferenceLeftLiteral()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY site "example.org"> ]>
            <rss version="2.0"><channel><title>t</title><item><title>From &site;</title><guid>1</guid></item></channel></rss>
            """;

        var success = Assert.IsType<ParseResult.Success>(await ParseAsync(xml));

        // RSS titles are HTML, so the literal "&site;" is kept as written.
        Assert.Equal("From &site;", Assert.Single(success.Feed.Entries).Title);
    }

    [Fact]
    public async Task Parse_EntityDeclarationTextInsideAnItem_IsNotMistakenForAnAttack()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss>
            <rss version="2.0"><channel><title>t</title><item><title>XXE explained</title>
            <description><![CDATA[Attackers write <!ENTITY xxe SYSTEM "file:///etc/passwd"> in a DTD.]]></description><guid>1</guid></item></channel></rss>
            """;

        var success = Assert.IsType<ParseResult.Success>(await ParseAsync(xml));

        Assert.Contains("<!ENTITY xxe", Assert.Single(success.Feed.Entries).SummaryHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HtmlPage_FailsSayingItIsHtml()
    {
        const string page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
            <body><p>Please sign in&nbsp;to continue.<br></p></body></html>
            """;

        var failure = Assert.IsType<ParseResult.Failure>(FeedParser.Parse(Encoding.UTF8.GetBytes(page)));

        Assert.Contains("HTML", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HtmlPageWithLowercaseDoctype_FailsSayingItIsHtml()
    {
        const string page = "<!doctype html>\n<html><head><title>Sign in</title></head><body>Sign in</body></html>";

        var failure = Assert.IsType<ParseResult.Failure>(FeedParser.Parse(Encoding.UTF8.GetBytes(page)));

        Assert.Contains("HTML", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!doctype html><html><body>Sign in</body></html>", true)]
    [InlineData("<note><to>ops</to></note>", true)]
    [InlineData("{\"status\": \"ok\"}", true)]
    [InlineData("", true)]
    [InlineData("<<<rss version=\"2.0\">", false)]
    [InlineData("{\"items\": [", false)]
    public void Parse_Failures_SayWhetherTheDocumentIsSomethingElseOrABrokenFeed(string document, bool notAFeed) =>
        Assert.Equal(notAFeed, Assert.IsType<ParseResult.Failure>(FeedParser.Parse(Encoding.UTF8.GetBytes(document))).NotAFeed);

    [Fact]
    public void Parse_EmptyBody_Fails() =>
        Assert.IsType<ParseResult.Failure>(FeedParser.Parse(ReadOnlySpan<byte>.Empty));

    private static Task<ParseResult> ParseAsync(string xml) =>
        Task.Run(() => FeedParser.Parse(Encoding.UTF8.GetBytes(xml))).WaitAsync(HangGuard);
}

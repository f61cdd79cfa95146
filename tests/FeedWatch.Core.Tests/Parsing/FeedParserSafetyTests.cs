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
    public async Task Parse_BillionLaughs_DoesNotExpandEntities()
    {
        var result = await ParseAsync(BillionLaughs);

        if (result is ParseResult.Success success)
        {
            var title = Assert.Single(success.Feed.Entries).Title ?? "";
            Assert.DoesNotContain("lollol", title, StringComparison.Ordinal);
            Assert.True(title.Length < 100, $"Title has {title.Length} characters.");
        }
        else
        {
            Assert.IsType<ParseResult.Failure>(result);
        }
    }

    [Fact]
    public async Task Parse_ExternalEntityToEtcPasswd_DoesNotReadTheFile()
    {
        var result = await ParseAsync(ExternalEntity);

        if (result is ParseResult.Success success)
        {
            var entry = Assert.Single(success.Feed.Entries);
            Assert.DoesNotContain("root:", entry.Title ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("root:", entry.SummaryHtml ?? "", StringComparison.Ordinal);
        }
        else
        {
            var failure = Assert.IsType<ParseResult.Failure>(result);
            Assert.DoesNotContain("root:", failure.Reason, StringComparison.Ordinal);
        }
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

    [Fact]
    public void Parse_Rss10Document_FailsNamingTheRootElement()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://example.org/"><title>t</title><link>https://example.org/</link><description>d</description></channel>
              <item rdf:about="https://example.org/1"><title>one</title><link>https://example.org/1</link></item>
            </rdf:RDF>
            """;

        var failure = Assert.IsType<ParseResult.Failure>(FeedParser.Parse(Encoding.UTF8.GetBytes(rdf)));

        Assert.Contains("rdf:RDF", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyBody_Fails() =>
        Assert.IsType<ParseResult.Failure>(FeedParser.Parse(ReadOnlySpan<byte>.Empty));

    private static Task<ParseResult> ParseAsync(string xml) =>
        Task.Run(() => FeedParser.Parse(Encoding.UTF8.GetBytes(xml))).WaitAsync(HangGuard);
}

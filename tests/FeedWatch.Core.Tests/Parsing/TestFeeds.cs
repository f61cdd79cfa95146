using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>Small hand-written documents for the parser tests that no corpus file isolates.</summary>
internal static class TestFeeds
{
    public static string Rss(string items, string declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>") =>
        $"""
        {declaration}
        <rss version="2.0"><channel><title>Test feed</title><link>https://example.org/</link><description>d</description>
        {items}
        </channel></rss>
        """;

    public static ParsedFeed ParseSuccessfully(string xml) => ParseSuccessfully(Encoding.UTF8.GetBytes(xml));

    public static ParsedFeed ParseSuccessfully(byte[] bytes)
    {
        var result = FeedParser.Parse(bytes);
        var success = Assert.IsType<ParseResult.Success>(result);
        return success.Feed;
    }
}

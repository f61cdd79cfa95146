using FeedWatch.Core.Parsing;

namespace FeedWatch.Benchmarks.Parse;

/// <param name="Parse">Entries read from one document, or null when the parser failed on it.</param>
internal sealed record ParserUnderTest(string Name, Func<byte[], int?> Parse)
{
    public static ParserUnderTest FeedWatch { get; } = new("FeedWatch FeedParser",
        body => FeedParser.Parse(body) is ParseResult.Success success ? success.Feed.Entries.Count : null);

    public static ParserUnderTest BareXmlReader { get; } = new("bare XmlReader (ceiling)", BareXmlReaderPass.CountEntries);

    public static ParserUnderTest Syndication { get; } = new("SyndicationFeed.Load", SyndicationPass.CountItems);

    public static IReadOnlyList<ParserUnderTest> All { get; } = [FeedWatch, BareXmlReader, Syndication];
}

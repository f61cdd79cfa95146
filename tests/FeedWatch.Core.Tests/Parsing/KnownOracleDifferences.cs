namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Disagreements with the oracle that are accepted, each with the file, the field and why
/// (corpus README: "A disagreement is acceptable when it is listed in the test suite's
/// known-differences list"). Rule-based differences the README itself documents (feedparser's
/// id-as-link copy, its repair of double-encoded UTF-8) live in <see cref="CorpusComparison"/>.
/// </summary>
internal static class KnownOracleDifferences
{
    private static readonly (string Path, string Field, string Why)[] Listed =
    [
        ("feedparser/tests/wellformed/rss/entity_in_doctype.xml", "id",
            "oracle «tag:example.com,2006-05-04:/blog/», FeedWatch «&id;2006-05-04:/blog/»: FeedWatch never reads a DTD (DESIGN.md), so an internal-subset entity stays literal."),
        ("gofeed/testdata/parser/rss/rss_channel_item_uri_at_protocol.xml", "link",
            "oracle takes the non-standard uri=\"at://…\" attribute; FeedWatch keeps the element text http://example.com/item, which is the RSS 2.0 link."),
        ("rsparser/Tests/RSParserTests/Resources/kc0011.rss", "published",
            "\"2020/1/10 14:33:00\": oracle reads year/day/month (2020-11-01), FeedWatch year/month/day (2020-01-10) like every other Y/M/D date."),
        ("feed-rs/feed-rs/fixture/rss2/rss_2.0_ilmessaggero.xml", "published",
            "\"mer, 16 nov 2022 00:38:15 +0100\" (French names): oracle gives up, FeedWatch reads it; README rule 5 (documented, not a bug)."),
        ("feedparser/tests/illformed/chardet/shiftjis.xml", "title",
            "Shift_JIS bytes with no declaration (the charset came from an HTTP header the corpus omits): oracle reads windows-1252 mojibake, FeedWatch U+FFFD; neither is right."),
    ];

    public static bool Contains(string path, string field) =>
        Listed.Any(d => d.Path == path && d.Field == field);
}

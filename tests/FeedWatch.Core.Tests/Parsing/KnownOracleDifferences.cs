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
        ("feedparser/tests/illformed/rss_incomplete_cdata.xml", "count",
            "oracle 1, FeedWatch 0: the document ends inside the first item's title CDATA; FeedWatch keeps only complete entries (issue 4), feedparser keeps a half-read one."),
        ("rome/rome-modules/src/test/resources/xml/v/v6.xml", "count",
            "oracle 18, FeedWatch 17: the 18th <item> is nested inside <sx:conflicts> of another item (Simple Sharing Extensions conflict history), not an entry of the channel."),
        ("simplepie/tests/data/feed-utf16be.xml", "count",
            "oracle 0, FeedWatch 1: UTF-16 without BOM or declaration; the corpus README notes feedparser cannot detect it, FeedWatch detects it from the '<?' byte pattern (XML 1.0 appendix F)."),
        ("simplepie/tests/data/feed-utf16le.xml", "count",
            "oracle 0, FeedWatch 1: as feed-utf16be.xml, little-endian."),
        ("rome/rome/src/test/resources/atom_0.3_DC_Sy.xml", "link",
            "oracle copies the entry id into link because the only link has type \"atom_0.3.feed.entry[0].link^type\" (not HTML); FeedWatch keeps that link as a fallback: a link beats an id that is not a URL."),
        ("rome/rome/src/test/resources/atom_0.3_DC_Sy.xml", "feed.link",
            "as the entries: oracle copies the feed id «atom_0.3.feed.id» into link, FeedWatch keeps the feed's only link."),
        ("rome/rome/src/test/resources/atom_1.0_prefix.xml", "feed.link",
            "oracle «1» (the feed id), FeedWatch «http://foo.com/1», the feed's only link (rel=\"xxx1\"): a URL is more useful than an id copied into the link."),
        ("gofeed/testdata/parser/rss/issue_217_enclosure_children.xml", "title",
            "oracle «<p>Enclosure test title</p>» from <media:title> nested inside <enclosure>; that titles the enclosure, not the item, which has no title."),
        ("gofeed/testdata/parser/rss/rss_channel_item_illegal_char.xml", "title",
            "oracle «ab\\x08cd», FeedWatch «abcd»: U+0008 is not allowed in XML 1.0 and would reach terminals; FeedWatch removes control characters."),
        ("feedreader/FeedReader.Tests/Feeds/Rss20ItunesSample.xml", "published",
            "\"Fri, 11 Mar 2016 01:15:00 +3000\": oracle applies a 30-hour offset; no zone is more than 14 hours from UTC, so FeedWatch calls the date unknown rather than guess."),
        ("rome/rome-modules/src/test/resources/xml/sunnyvale.xml", "published",
            "\"Mon, 21 Jan 2008 8:56 am PST\": oracle 08:56Z ignores the zone; FeedWatch 16:56Z (8:56 am at UTC-8) is the instant written."),
        ("rome/rome-modules/src/test/resources/xml/yweather.xml", "published",
            "\"Sun, 20 Apr 2014 8:19 pm CEST\": oracle 08:19Z ignores pm and the zone; FeedWatch 18:19Z (20:19 at UTC+2) is the instant written."),
        ("feedparser/tests/encoding/bozo_invalid-bytes-with-bom.xml", "feed.title",
            "a UTF-8 BOM then an invalid byte (0xF1): oracle falls back to windows-1252 for the whole title («Ñ¨…España»), FeedWatch keeps the BOM's UTF-8 and shows U+FFFD for the bad byte, as browsers do (WHATWG Encoding)."),
        ("gofeed/testdata/parser/rss/issue_320_legacy_entity_prefix.xml", "feed.title",
            "\"?page=1&copy=2\": oracle applies HTML's legacy no-semicolon rule and shows «©=2»; FeedWatch decodes only terminated references, so a query string stays intact (the point of gofeed issue 320)."),
        ("miniflux/internal/reader/encoding/testdata/windows-1252-incorrect-prolog.xml", "feed.title",
            "declared windows-1252 but the bytes are UTF-8: oracle trusts the declaration («Euro â‚¬»), FeedWatch sees valid multi-byte UTF-8 and reads «Euro €» (the test's own expectation)."),
        ("rome/rome/src/test/resources/rss_1.0_DC_multi.xml", "feed.title",
            "the channel has <title> and then <dc:title>; oracle lets the later dc:title win, FeedWatch keeps the RSS 1.0 title."),
    ];

    public static bool Contains(string path, string field) =>
        Listed.Any(d => d.Path == path && d.Field == field);

    public static IEnumerable<string> Unused(IReadOnlySet<(string Path, string Field)> used) =>
        Listed.Where(d => !used.Contains((d.Path, d.Field))).Select(d => $"{d.Path} ({d.Field}): {d.Why}");
}

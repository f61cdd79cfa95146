using System.Text;

namespace FeedWatch.Core.Tests.Parsing;

public sealed class FeedParserEncodingTests
{
    private static byte[] Bytes(string asciiBefore, byte[] raw, string asciiAfter) =>
        [.. Encoding.ASCII.GetBytes(asciiBefore), .. raw, .. Encoding.ASCII.GetBytes(asciiAfter)];

    private static (string Before, string After) Around(string declaration)
    {
        var xml = TestFeeds.Rss("<item><title>TITLE</title><guid>1</guid></item>", declaration);
        var at = xml.IndexOf("TITLE", StringComparison.Ordinal);
        return (xml[..at], xml[(at + "TITLE".Length)..]);
    }

    [Fact]
    public void Parse_Windows1252Declared_DecodesSmartQuotesAndEuro()
    {
        var (before, after) = Around("<?xml version=\"1.0\" encoding=\"windows-1252\"?>");
        // “Price” 5€ – in windows-1252: 0x93 0x94 curly quotes, 0x80 euro, 0x96 en dash.
        byte[] title = [0x93, .. "Price"u8, 0x94, .. " 5"u8, 0x80, .. " "u8, 0x96];

        var feed = TestFeeds.ParseSuccessfully(Bytes(before, title, after));

        Assert.Equal("\u201CPrice\u201D 5\u20AC \u2013", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_Iso88591Declared_DecodesAccentedLetters()
    {
        var (before, after) = Around("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>");
        byte[] title = [.. "Caf"u8, 0xE9, .. " na"u8, 0xEF, .. "ve "u8, 0xC5, .. "land"u8];

        var feed = TestFeeds.ParseSuccessfully(Bytes(before, title, after));

        Assert.Equal("Café naïve Åland", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_Utf8Bom_IsSkippedAndTextDecoded()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestFeeds.Rss("<item><title>Café ＴＴＰ</title><guid>1</guid></item>"))];

        var feed = TestFeeds.ParseSuccessfully(bytes);

        Assert.Equal("Café ＴＴＰ", Assert.Single(feed.Entries).Title);
    }

    [Fact]
    public void Parse_WhitespaceBeforeXmlDeclaration_StillParses()
    {
        var xml = "\r\n   \t\n" + TestFeeds.Rss("<item><title>one</title><guid>1</guid></item>");

        var feed = TestFeeds.ParseSuccessfully(xml);

        Assert.Equal("one", Assert.Single(feed.Entries).Title);
    }
}

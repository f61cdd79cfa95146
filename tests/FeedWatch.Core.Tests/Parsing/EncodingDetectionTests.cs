using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Which encoding wins when the BOM, the HTTP charset, the XML declaration and the bytes disagree.
/// Each document is the text encoded as the publisher's server would send it.
/// </summary>
public sealed class EncodingDetectionTests
{
    private const string Utf8Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private const string Windows1252Declaration = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>";

    // "<?" as 16-bit units (XML 1.0 appendix F).
    private static readonly byte[] Utf16LeStart = [0x3C, 0x00, 0x3F, 0x00];
    private static readonly byte[] Utf16BeStart = [0x00, 0x3C, 0x00, 0x3F];

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Koi8R = CodePagesEncodingProvider.Instance.GetEncoding("koi8-r")!;
    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!;

    private static string Document(string title, string declaration) =>
        TestFeeds.Rss($"<item><title>{title}</title><guid>1</guid></item>", declaration);

    private static string? TitleOf(byte[] body, string? contentType = null)
    {
        var success = Assert.IsType<ParseResult.Success>(FeedParser.Parse(body, contentType));
        return Assert.Single(success.Feed.Entries).Title;
    }

    [Fact]
    public void Parse_Utf8BomWithWindows1252Declaration_TheBomWins()
    {
        byte[] body = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Document("Café 5€", Windows1252Declaration))];

        Assert.Equal("Café 5€", TitleOf(body));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_Utf16WithBom_DecodesText(bool bigEndian)
    {
        var utf16 = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        byte[] body = [.. utf16.GetPreamble(), .. utf16.GetBytes(Document("Привет, 日本", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"))];

        Assert.Equal("Привет, 日本", TitleOf(body));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_Utf16WithoutBomButWithDeclaration_IsDetectedFromTheFirstBytes(bool bigEndian)
    {
        var utf16 = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var body = utf16.GetBytes(Document("Привет, 日本", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"));
        Assert.Equal(bigEndian ? Utf16BeStart : Utf16LeStart, body[..4]);

        Assert.Equal("Привет, 日本", TitleOf(body));
    }

    [Fact]
    public void Parse_Windows1252BytesDeclaredUtf8_AreReadAsWindows1252()
    {
        // 0x93 0x94 curly quotes and 0x80 euro are not valid UTF-8.
        var body = Windows1252.GetBytes(Document("\u201CQuoted\u201D 5\u20AC", Utf8Declaration));
        Assert.Contains((byte)0x93, body);

        Assert.Equal("\u201CQuoted\u201D 5\u20AC", TitleOf(body));
    }

    [Fact]
    public void Parse_Iso88591DeclaredWithCurlyQuoteBytes_ReadsThemAsWindows1252()
    {
        // WHATWG Encoding: the label ISO-8859-1 means windows-1252, where 0x93/0x94 are curly quotes, not C1 controls.
        var body = Windows1252.GetBytes(Document("\u201CQuoted\u201D", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"));

        Assert.Equal("\u201CQuoted\u201D", TitleOf(body));
    }

    [Fact]
    public void Parse_Windows1252DeclaredButBytesAreUtf8_ReadsUtf8()
    {
        var body = Encoding.UTF8.GetBytes(Document("Café", Windows1252Declaration));

        Assert.Equal("Café", TitleOf(body));
    }

    [Fact]
    public void Parse_HttpCharsetWithoutDeclaration_DecodesKoi8R()
    {
        var body = Koi8R.GetBytes(Document("Привет мир", "<?xml version=\"1.0\"?>"));

        Assert.Equal("Привет мир", TitleOf(body, "text/xml; charset=koi8-r"));
    }

    [Fact]
    public void Parse_ShiftJisDeclared_DecodesJapanese()
    {
        var body = ShiftJis.GetBytes(Document("日本語のニュース", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>"));

        Assert.Equal("日本語のニュース", TitleOf(body));
    }

    [Fact]
    public void Parse_HttpCharsetDisagreesWithDeclaration_TheHttpCharsetWins()
    {
        // RFC 7303 section 3.2: the charset parameter is authoritative over the declaration.
        var body = Koi8R.GetBytes(Document("Привет мир", Windows1252Declaration));

        Assert.Equal("Привет мир", TitleOf(body, "application/rss+xml; charset=KOI8-R"));
    }
}

using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

public sealed class LenientDateParserTests
{
    [Theory]
    [InlineData("Wed, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00Z")]
    [InlineData("Mon, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00Z")] // 2 Oct 2002 was a Wednesday
    [InlineData("02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00Z")]
    [InlineData("Wed, 2 October 2002 13:00 GMT", "2002-10-02T13:00:00Z")]
    [InlineData("Wed, 02 Oct 02 13:00:00 GMT", "2002-10-02T13:00:00Z")]
    [InlineData("Sat, 02 Oct 99 13:00:00 GMT", "1999-10-02T13:00:00Z")]
    public void Parse_Rfc822Variants_ReadsTheInstant(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), LenientDateParser.Parse(text));

    [Theory]
    [InlineData("Wed, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 Z", "2002-10-02T13:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 CET", "2002-10-02T12:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 PKT", "2002-10-02T08:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 EDT", "2002-10-02T17:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 +0500", "2002-10-02T08:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 +05:00", "2002-10-02T08:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 -0430", "2002-10-02T17:30:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00", "2002-10-02T13:00:00Z")]
    public void Parse_Rfc822Zones_ConvertsToUtc(string text, string expectedUtc)
    {
        var parsed = LenientDateParser.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("2002-10-02T13:00:00+05:00", "2002-10-02T08:00:00Z")]
    [InlineData("2002-10-02T13:00:00-04:00", "2002-10-02T17:00:00Z")]
    [InlineData("2002-10-02T13:00:00Z", "2002-10-02T13:00:00Z")]
    [InlineData("2002-10-02T13:00:00.250Z", "2002-10-02T13:00:00.250Z")]
    [InlineData("2002-10-02T13:00:00", "2002-10-02T13:00:00Z")]
    public void Parse_Iso8601_ConvertsToUtc(string text, string expectedUtc)
    {
        var parsed = LenientDateParser.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("yesterday at noon")]
    [InlineData("32 Foo 2002 25:61:00 GMT")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 +9900")]
    public void Parse_Garbage_ReturnsNull(string text) => Assert.Null(LenientDateParser.Parse(text));

    [Theory]
    [InlineData("14:30")]
    [InlineData("Dec 10")]
    public void Parse_TimeOrDateWithoutYear_ReturnsNullRatherThanBorrowingFromTheClock(string text) =>
        Assert.Null(LenientDateParser.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_ReturnsNull(string? text) => Assert.Null(LenientDateParser.Parse(text));
}

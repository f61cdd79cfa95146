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
    [InlineData("yesterday")]
    public void Parse_Garbage_ReturnsNull(string text) => Assert.Null(LenientDateParser.Parse(text));

    [Theory]
    [InlineData("2 Oct 2002 13:00 +0200", "2002-10-02T11:00:00Z")]
    [InlineData("Wed, 02 Oct 2002", "2002-10-02T00:00:00Z")]
    [InlineData("Fri, 01 Jan 49 00:00:00 GMT", "2049-01-01T00:00:00Z")]
    [InlineData("Sun, 01 Jan 50 00:00:00 GMT", "1950-01-01T00:00:00Z")]
    public void Parse_Rfc822ShortFormsAndTwoDigitYearPivot_ReadsTheInstant(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), LenientDateParser.Parse(text));

    [Theory]
    [InlineData("EST", "2002-10-02T18:00:00Z")]
    [InlineData("CST", "2002-10-02T19:00:00Z")]
    [InlineData("CDT", "2002-10-02T18:00:00Z")]
    [InlineData("MST", "2002-10-02T20:00:00Z")]
    [InlineData("MDT", "2002-10-02T19:00:00Z")]
    [InlineData("PST", "2002-10-02T21:00:00Z")]
    [InlineData("PDT", "2002-10-02T20:00:00Z")]
    [InlineData("UT", "2002-10-02T13:00:00Z")]
    [InlineData("+0000", "2002-10-02T13:00:00Z")]
    [InlineData("-0800", "2002-10-02T21:00:00Z")]
    [InlineData("+0530", "2002-10-02T07:30:00Z")]
    [InlineData("+05", "2002-10-02T08:00:00Z")]
    [InlineData("+5:30", "2002-10-02T07:30:00Z")]
    public void Parse_Rfc822NamedAndNumericZones_ConvertsToUtc(string zone, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), LenientDateParser.Parse($"Wed, 02 Oct 2002 13:00:00 {zone}"));

    [Theory]
    [InlineData("A")]
    [InlineData("M")]
    [InlineData("N")]
    [InlineData("Y")]
    public void Parse_MilitaryZoneLetter_IsReadAsUtc(string zone) =>
        // RFC 822 defined the letters with the wrong sign; RFC 2822 section 4.3 says to treat them as UTC.
        Assert.Equal(new DateTimeOffset(2002, 10, 2, 13, 0, 0, TimeSpan.Zero), LenientDateParser.Parse($"Wed, 02 Oct 2002 13:00:00 {zone}"));

    [Theory]
    [InlineData("Mon, 21 Jan 2008 8:56 am PST", "2008-01-21T16:56:00Z")]
    [InlineData("Sun, 20 Apr 2014 8:19 pm CEST", "2014-04-20T18:19:00Z")]
    [InlineData("Mon, 21 Jan 2008 12:30 am GMT", "2008-01-21T00:30:00Z")]
    [InlineData("Mon, 21 Jan 2008 12:30 PM GMT", "2008-01-21T12:30:00Z")]
    public void Parse_TwelveHourClock_ReadsTheInstantWritten(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), LenientDateParser.Parse(text));

    [Theory]
    [InlineData("20240102T030405Z", "2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02T03:04:05.123456789+02:00", "2024-01-02T01:04:05.1234567Z")]
    [InlineData("2024-01-02T12:35:9+01:00", "2024-01-02T11:35:09Z")]
    [InlineData("2024-01-02T03:04Z", "2024-01-02T03:04:00Z")]
    [InlineData("2024-01-02", "2024-01-02T00:00:00Z")]
    [InlineData("2024-01", "2024-01-01T00:00:00Z")]
    [InlineData("2024-01-02 03:04:05", "2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02 03:04:05 +01:00", "2024-01-02T02:04:05Z")]
    [InlineData("2024-01-02T03:04:05+00:0", "2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02T03:04:05+01:0", "2024-01-02T02:04:05Z")]
    public void Parse_Iso8601Variants_ConvertsToUtc(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), LenientDateParser.Parse(text));

    [Theory]
    [InlineData("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z")]
    [InlineData("Sun Jan 4 16:29:06 PST 2004", "2004-01-05T00:29:06Z")]
    [InlineData("January 4, 2004 4:29 PM EST", "2004-01-04T21:29:00Z")]
    [InlineData("2020/1/10 14:33:00", "2020-01-10T14:33:00Z")]
    public void Parse_AsctimeAndWrittenOutForms_ReadsTheInstant(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), LenientDateParser.Parse(text));

    [Theory]
    [InlineData("Tue, 31 Feb 2004 10:00:00 GMT")]
    [InlineData("2004-02-31")]
    [InlineData("Wed, 02 Oct 2002 25:00:00 GMT")]
    [InlineData("2002-10-02T25:00:00Z")]
    [InlineData("2002-13-02")]
    [InlineData("2002-13-02T10:00:00Z")]
    [InlineData("Fri, 11 Mar 2016 01:15:00 +3000")]
    public void Parse_ImpossibleDateTimeOrOffset_ReturnsNull(string text) => Assert.Null(LenientDateParser.Parse(text));

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

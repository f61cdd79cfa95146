using System.Globalization;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>The allocation-free reader of the two common forms must agree with what the forms mean.</summary>
public sealed class CommonDateFormsTests
{
    private static readonly (string Name, TimeSpan Offset)[] Zones =
    [
        ("GMT", TimeSpan.Zero), ("+0000", TimeSpan.Zero), ("+0500", TimeSpan.FromHours(5)), ("-0430", new TimeSpan(-4, -30, 0)),
        ("EST", TimeSpan.FromHours(-5)), ("PDT", TimeSpan.FromHours(-7)), ("PKT", TimeSpan.FromHours(5)),
    ];

    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 20));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_Rfc1123AndRfc3339OfRandomInstants_GiveThoseInstants(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var instant = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.NextInt64(0, 60L * 365 * 24 * 3600));
            var (name, offset) = Zones[random.Next(Zones.Length)];
            var local = instant.ToOffset(offset);
            var rfc1123 = local.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + name;
            var rfc3339 = local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

            Assert.Equal(instant, LenientDateParser.Parse(rfc1123));
            Assert.Equal(instant, LenientDateParser.Parse(rfc3339));
            Assert.Equal(instant, CommonDateForms.TryParse(rfc1123));
        }
    }

    [Theory]
    [InlineData("Wed, 02 Oct 2002 24:00:00 GMT")] // rolled forward by the general reader
    [InlineData("Wed, 02 Oct 2002 13:00:00 GMT (UTC)")]
    [InlineData("2002-10-02T13:00:00")]
    [InlineData("2002-10-02 13:00:00Z")]
    [InlineData("Wed, 31 Feb 2002 13:00:00 GMT")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 Pacific")]
    public void TryParse_FormsItDoesNotOwn_LeavesThemToTheGeneralReader(string text) =>
        Assert.Null(CommonDateForms.TryParse(text));
}

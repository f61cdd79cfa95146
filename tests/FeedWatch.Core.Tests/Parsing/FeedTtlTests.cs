using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Parsing;

public sealed class FeedTtlTests
{
    private static TimeSpan? TtlOf(string channelExtras) =>
        Assert.IsType<ParseResult.Success>(FeedParser.Parse(Encoding.UTF8.GetBytes(
            $"""<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>t</title>{channelExtras}</channel></rss>"""))).Feed.Ttl;

    [Theory]
    [InlineData("<ttl>90</ttl>", 90)]
    [InlineData("<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>", 30)]
    [InlineData("<sy:updateFrequency>4</sy:updateFrequency>", 360)] // the module's default period is daily
    [InlineData("<sy:updatePeriod>weekly</sy:updatePeriod>", 7 * 24 * 60)]
    [InlineData("<ttl>90</ttl><sy:updatePeriod>daily</sy:updatePeriod>", 90)] // RSS 2.0's own element wins
    [InlineData("<ttl>999999</ttl>", 7 * 24 * 60)] // capped at a week
    public void Parse_RefreshHints_GiveTheFeedsTtl(string extras, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), TtlOf(extras));

    [Theory]
    [InlineData("")]
    [InlineData("<ttl>soon</ttl>")]
    [InlineData("<ttl>0</ttl>")]
    [InlineData("<sy:updatePeriod>fortnightly</sy:updatePeriod>")]
    public void Parse_NoUsableHint_HasNoTtl(string extras) => Assert.Null(TtlOf(extras));
}

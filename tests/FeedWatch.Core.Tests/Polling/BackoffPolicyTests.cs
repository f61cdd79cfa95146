using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;

namespace FeedWatch.Core.Tests.Polling;

public sealed class BackoffPolicyTests
{
    private static BackoffPolicy Policy(TimeSpan maxBackoff) =>
        new(new FixedOptionsMonitor(new FeedWatchOptions { Polling = new PollingOptions { MaxBackoff = maxBackoff } }), new Random(7));

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(5, 160)]
    public void AfterFailure_DoublesFromTheIntervalWithinTenPercentJitter(int failures, int expectedMinutes)
    {
        var (delay, reason) = Policy(TimeSpan.FromDays(1)).AfterFailure(TimeSpan.FromMinutes(10), failures, retryAfter: null);

        Assert.InRange(delay.TotalMinutes, expectedMinutes * 0.9, expectedMinutes * 1.1);
        Assert.StartsWith("back-off", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterFailure_ManyFailures_IsCappedButNeverStops()
    {
        var (delay, _) = Policy(TimeSpan.FromHours(24)).AfterFailure(TimeSpan.FromMinutes(15), 1_000, retryAfter: null);

        Assert.True(delay <= TimeSpan.FromHours(24));
        Assert.True(delay >= TimeSpan.FromHours(21.6));
    }

    [Fact]
    public void AfterFailure_RetryAfter_WinsOverBackoff()
    {
        var (delay, reason) = Policy(TimeSpan.FromDays(1)).AfterFailure(TimeSpan.FromMinutes(10), 4, TimeSpan.FromSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), delay);
        Assert.Equal("Retry-After", reason);
    }
}

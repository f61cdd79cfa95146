using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Polling;

/// <summary>
/// When to poll a feed next. After failures the wait doubles from the feed's interval up to
/// Polling:MaxBackoff, with ±10% jitter so that feeds failing together do not retry together;
/// a server's Retry-After wins. Polling never stops for good: it only waits longer.
/// </summary>
public sealed class BackoffPolicy(IOptionsMonitor<FeedWatchOptions> options, Random random)
{
    private const double Jitter = 0.1;

    /// <param name="feedTtl">The feed's own refresh hint when Polling:RespectFeedTtl is on: a floor, never a speed-up.</param>
    public static (TimeSpan Delay, string Reason) AfterSuccess(TimeSpan interval, TimeSpan? feedTtl = null) =>
        feedTtl > interval ? (feedTtl.Value, "ttl") : (interval, "interval");

    public (TimeSpan Delay, string Reason) AfterFailure(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter)
    {
        var max = options.CurrentValue.Polling.MaxBackoff;
        if (retryAfter is { } serverWait)
        {
            return (serverWait < max ? serverWait : max, "Retry-After");
        }

        var exponent = Math.Min(Math.Max(consecutiveFailures - 1, 0), 30);
        var ticks = Math.Min(interval.Ticks * Math.Pow(2, exponent), max.Ticks);
        var jittered = ticks * (1 + ((random.NextDouble() * 2) - 1) * Jitter);
        var delay = TimeSpan.FromTicks((long)Math.Min(jittered, max.Ticks));
        return (delay, $"back-off after {consecutiveFailures} failure{(consecutiveFailures == 1 ? "" : "s")}");
    }
}

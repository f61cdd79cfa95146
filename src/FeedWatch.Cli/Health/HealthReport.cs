using FeedWatch.Cli.Output;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Health;

/// <summary>One feed in a failure streak: since when, and whether for longer than allowed.</summary>
internal sealed record FailingFeed(FeedState State, DateTime FailingSince, TimeSpan FailingFor, bool OverThreshold)
{
    public string Error => $"{State.LastErrorKind}: {State.LastError}";
}

/// <summary>
/// The verdict of <c>feedwatch health</c>: the daemon is alive (its heartbeat is younger than
/// <see cref="MaxAge"/>) and no feed it polls has been failing for longer than <see cref="FailingFor"/>.
/// </summary>
internal sealed record HealthReport(
    DateTime CheckedAt, Heartbeat? Heartbeat, TimeSpan MaxAge, TimeSpan FailingFor, IReadOnlyList<FailingFeed> FailingFeeds, IReadOnlyList<string> Reasons)
{
    public bool Healthy => Reasons.Count == 0;

    public TimeSpan? HeartbeatAge => Heartbeat is null ? null : CheckedAt - Heartbeat.WrittenAt;

    /// <param name="feeds">The feeds to judge: enabled in the config, or every feed not retired when there is no config.</param>
    /// <param name="maxAge">Null: three heartbeat intervals (the one the daemon recorded), so one slow write is not an outage.</param>
    public static HealthReport Evaluate(
        DateTime now, Heartbeat? heartbeat, IEnumerable<FeedState> feeds, TimeSpan? maxAge, TimeSpan failingFor, TimeSpan configuredInterval)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var interval = heartbeat is { IntervalSeconds: > 0 } ? TimeSpan.FromSeconds(heartbeat.IntervalSeconds) : configuredInterval;
        var allowed = maxAge ?? 3 * interval;
        var reasons = new List<string>();
        if (heartbeat is null)
        {
            reasons.Add("no heartbeat: no daemon has run against this database since heartbeats were added");
        }
        else if (now - heartbeat.WrittenAt > allowed)
        {
            var writer = heartbeat.Once ? "a --once run" : "the daemon";
            reasons.Add($"no heartbeat for {DurationText.Format(now - heartbeat.WrittenAt)} (last {TimeFormat.Iso(heartbeat.WrittenAt)} " +
                $"by {writer}, pid {heartbeat.ProcessId} on {TerminalText.Clean(heartbeat.HostName)}; allowed {DurationText.Format(allowed)})");
        }

        var failing = feeds.Where(feed => feed.ConsecutiveFailures > 0).Select(feed => Failing(feed, now, failingFor)).ToList();
        foreach (var feed in failing.Where(feed => feed.OverThreshold))
        {
            reasons.Add($"feed {TerminalText.Clean(feed.State.Id)} failing for {DurationText.Format(feed.FailingFor)}: {TerminalText.Clean(feed.Error)}");
        }

        return new HealthReport(now, heartbeat, allowed, failingFor, failing, reasons);
    }

    /// <summary>
    /// A streak's first failure is not stored, so it is taken to start at the last success (or, for
    /// a feed that never succeeded, its first poll): what <c>feedwatch feeds</c> shows, and never
    /// shorter than the truth, at most one poll interval longer.
    /// </summary>
    private static FailingFeed Failing(FeedState feed, DateTime now, TimeSpan threshold)
    {
        var since = feed.LastSuccessAt ?? feed.FirstPollAt ?? feed.LastErrorAt ?? now;
        return new FailingFeed(feed, since, now - since, now - since > threshold);
    }
}

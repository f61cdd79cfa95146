using FeedWatch.Cli.Output;

namespace FeedWatch.Cli.Health;

/// <summary>The stable JSON shape of <c>feedwatch health --format json</c>; times ISO 8601 UTC, spans in seconds.</summary>
internal static class HealthJson
{
    public static object Of(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            healthy = report.Healthy,
            reasons = report.Reasons,
            checkedAt = TimeFormat.Iso(report.CheckedAt),
            maxAgeSeconds = report.MaxAge.TotalSeconds,
            failingForSeconds = report.FailingFor.TotalSeconds,
            // Null, not an empty object, when no daemon ever wrote one.
            heartbeat = report.Heartbeat is not { } beat ? null : new
            {
                writtenAt = TimeFormat.Iso(beat.WrittenAt),
                ageSeconds = Math.Round(report.HeartbeatAge!.Value.TotalSeconds, 3),
                startedAt = TimeFormat.Iso(beat.StartedAt),
                processId = beat.ProcessId,
                hostName = beat.HostName,
                version = beat.Version,
                feeds = beat.Feeds,
                intervalSeconds = beat.IntervalSeconds,
                once = beat.Once,
            },
            failingFeeds = report.FailingFeeds.Select(feed => new
            {
                id = feed.State.Id,
                failingSince = TimeFormat.Iso(feed.FailingSince),
                failingForSeconds = Math.Round(feed.FailingFor.TotalSeconds, 3),
                consecutiveFailures = feed.State.ConsecutiveFailures,
                lastErrorKind = feed.State.LastErrorKind,
                lastError = feed.State.LastError,
                lastErrorAt = TimeFormat.Iso(feed.State.LastErrorAt),
                overThreshold = feed.OverThreshold,
            }),
        };
    }
}

using FeedWatch.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedWatch.Daemon;

/// <summary>All Quartz set-up in one place: one job and trigger per enabled feed, in the "feeds" group.</summary>
internal static class FeedScheduling
{
    public const string Group = "feeds";

    /// <summary>
    /// Polls that may be under way, most of them waiting in the PollGate, which enforces the real
    /// limits (Polling:MaxConcurrentPolls, Polling:MaxConcurrentPerHost). Quartz's own limit must be
    /// higher, or polls queued behind one slow host would hold every Quartz slot.
    /// </summary>
    public const int MaxPollsInProgress = 256;

    // First polls are spread over up to this window (or half the interval, if shorter) so that a
    // restart does not hit every publisher in the same second.
    private static readonly TimeSpan MaxStartSpread = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddFeedScheduling(this IServiceCollection services, FeedWatchOptions options, TimeProvider timeProvider, Random random)
    {
        // Quartz keeps schedulers in a process-wide registry by name; a unique name lets several hosts share a process (tests).
        services.AddQuartz($"FeedWatch-{Guid.NewGuid():N}", quartz =>
        {
            quartz.UseDefaultThreadPool(MaxPollsInProgress);
            var now = timeProvider.GetUtcNow();
            foreach (var feed in options.Feeds.Where(feed => feed.Enabled))
            {
                var jobKey = new JobKey(feed.Id, Group);
                var interval = feed.Interval ?? options.Polling.DefaultInterval;
                var spread = interval / 2 < MaxStartSpread ? interval / 2 : MaxStartSpread;
                var firstPoll = now + (spread * random.NextDouble());
                quartz.ScheduleJob<PollFeedJob>(
                    trigger => trigger
                        .WithIdentity(feed.Id, Group)
                        .StartAt(firstPoll)
                        .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()),
                    job => job.WithIdentity(jobKey).UsingJobData(PollFeedJob.FeedIdKey, feed.Id));
            }
        });
        services.AddQuartzHostedService(hosting =>
        {
            hosting.WaitForJobsToComplete = true;
            hosting.AwaitApplicationStarted = true;
        });
        return services;
    }
}

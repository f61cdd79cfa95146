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
        var name = new FeedSchedulerName($"FeedWatch-{Guid.NewGuid():N}");
        services.AddSingleton(name);
        services.AddQuartz(name.Value, quartz =>
        {
            quartz.UseDefaultThreadPool(MaxPollsInProgress);
            var now = timeProvider.GetUtcNow();
            foreach (var feed in options.Feeds.Where(feed => feed.Enabled))
            {
                var interval = IntervalOf(feed, options);
                quartz.ScheduleJob<PollFeedJob>(
                    trigger => trigger
                        .WithIdentity(feed.Id, Group)
                        .StartAt(FirstPoll(now, interval, random))
                        .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()),
                    job => job.WithIdentity(new JobKey(feed.Id, Group)).UsingJobData(PollFeedJob.FeedIdKey, feed.Id));
            }
        });
        services.AddQuartzHostedService(hosting =>
        {
            hosting.WaitForJobsToComplete = true;
            hosting.AwaitApplicationStarted = true;
        });
        return services;
    }

    public static TimeSpan IntervalOf(FeedDefinition feed, FeedWatchOptions options) => feed.Interval ?? options.Polling.DefaultInterval;

    /// <summary>First polls are spread so that a start (or a reload adding many feeds) does not hit every publisher at once.</summary>
    public static DateTimeOffset FirstPoll(DateTimeOffset now, TimeSpan interval, Random random)
    {
        var spread = interval / 2 < MaxStartSpread ? interval / 2 : MaxStartSpread;
        return now + (spread * random.NextDouble());
    }

    public static IJobDetail Job(string feedId) =>
        JobBuilder.Create<PollFeedJob>().WithIdentity(new JobKey(feedId, Group)).UsingJobData(PollFeedJob.FeedIdKey, feedId).Build();

    /// <summary>The same trigger as at start, for a feed added or rescheduled by a config edit.</summary>
    public static ITrigger Trigger(string feedId, TimeSpan interval, DateTimeOffset firstPoll) =>
        TriggerBuilder.Create()
            .WithIdentity(feedId, Group)
            .StartAt(firstPoll)
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever())
            .Build();
}

/// <summary>The daemon's Quartz scheduler's name: named schedulers are keyed services in Quartz 4.</summary>
internal sealed record FeedSchedulerName(string Value);

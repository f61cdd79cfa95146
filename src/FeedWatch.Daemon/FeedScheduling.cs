using FeedWatch.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedWatch.Daemon;

/// <summary>All Quartz set-up in one place: one job and trigger per enabled feed, in the "feeds" group.</summary>
internal static class FeedScheduling
{
    public const string Group = "feeds";

    // The first polls are spread over this window so that a restart does not hit every publisher at once.
    private static readonly TimeSpan StartSpread = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddFeedScheduling(this IServiceCollection services, FeedWatchOptions options, TimeProvider timeProvider, Random random)
    {
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(options.Polling.MaxConcurrentPolls);
            var now = timeProvider.GetUtcNow();
            foreach (var feed in options.Feeds.Where(feed => feed.Enabled))
            {
                var jobKey = new JobKey(feed.Id, Group);
                var interval = feed.Interval ?? options.Polling.DefaultInterval;
                var firstPoll = now + TimeSpan.FromMilliseconds(random.NextDouble() * StartSpread.TotalMilliseconds);
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

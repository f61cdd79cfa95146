using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FeedWatch.Daemon;

/// <summary>
/// Brings the Quartz jobs in line with the edited feed list: a job for every enabled feed, with its
/// interval; removed or disabled feeds lose their job (a poll under way finishes) and are marked
/// retired, keeping their items. Idempotent, as editors may save twice.
/// </summary>
internal sealed partial class FeedScheduleChangeHandler(
    IServiceProvider services, FeedSchedulerName schedulerName, IItemStore store, TimeProvider timeProvider, Random random, ILogger<FeedScheduleChangeHandler> logger)
    : IConfigChangeHandler
{
    public async Task ApplyAsync(FeedWatchOptions? previous, FeedWatchOptions next, CancellationToken cancellationToken)
    {
        var schedulers = services.GetKeyedService<ISchedulerFactory>(schedulerName.Value) ?? services.GetRequiredService<ISchedulerFactory>();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = next.Feeds.Where(feed => feed.Enabled).ToDictionary(feed => feed.Id, feed => FeedScheduling.IntervalOf(feed, next), StringComparer.Ordinal);
        var scheduled = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(FeedScheduling.Group), cancellationToken);
        var now = timeProvider.GetUtcNow();
        List<string> removed = [], added = [], rescheduled = [];

        foreach (var key in scheduled.Where(key => !wanted.ContainsKey(key.Name)))
        {
            await scheduler.DeleteJob(key, cancellationToken);
            removed.Add(key.Name);
        }

        foreach (var (feedId, interval) in wanted)
        {
            var triggerKey = new TriggerKey(feedId, FeedScheduling.Group);
            if (await scheduler.GetTrigger(triggerKey, cancellationToken) is not ISimpleTrigger trigger)
            {
                var firstPoll = FeedScheduling.FirstPoll(now, interval, random);
                await scheduler.ScheduleJob(FeedScheduling.Job(feedId), FeedScheduling.Trigger(feedId, interval, firstPoll), cancellationToken: cancellationToken);
                added.Add(feedId);
            }
            else if (trigger.RepeatInterval != interval)
            {
                // The poller skips a feed polled less than half an interval ago, so an earlier start is harmless.
                await scheduler.RescheduleJob(triggerKey, FeedScheduling.Trigger(feedId, interval, FeedScheduling.FirstPoll(now, interval, random)), cancellationToken);
                rescheduled.Add(feedId);
            }
        }

        var retired = FeedRetirement.RetireRemoved(store, next.Feeds);
        if (removed.Count + added.Count + rescheduled.Count > 0)
        {
            LogApplied(logger, added, removed, rescheduled, retired);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feeds reloaded from the config: added {Added}, removed {Removed}, rescheduled {Rescheduled}; retired (items kept) {Retired}")]
    private static partial void LogApplied(ILogger logger, IReadOnlyList<string> added, IReadOnlyList<string> removed, IReadOnlyList<string> rescheduled, IReadOnlyList<string> retired);
}

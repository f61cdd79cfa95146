using Quartz;

namespace FeedWatch.Daemon;

/// <summary>One trigger per feed; a feed never overlaps itself, different feeds run in parallel.</summary>
[DisallowConcurrentExecution]
internal sealed class PollFeedJob(FeedPollRunner runner) : IJob
{
    public const string FeedIdKey = "feedId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var feedId = context.MergedJobDataMap.GetString(FeedIdKey);
        if (feedId is not null)
        {
            await runner.PollAsync(feedId, onlyIfDue: true, cancellationToken);
        }
    }
}

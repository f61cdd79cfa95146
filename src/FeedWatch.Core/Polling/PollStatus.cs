namespace FeedWatch.Core.Polling;

public enum PollStatus
{
    Stored,
    NotModified,
    Failed,

    /// <summary>Not polled: still backing off after failures.</summary>
    Skipped,
}

namespace FeedWatch.Core.Polling;

/// <summary>
/// Told of every poll's outcome, for counting (the daemon's Prometheus metrics). Called on the
/// polling thread after the outcome is recorded, so it must be quick and must not throw.
/// </summary>
public interface IPollObserver
{
    /// <param name="outcome">What the poll did; <see cref="PollStatus.Skipped"/> when it fetched nothing.</param>
    /// <param name="duration">From the call to its outcome, including any wait for a concurrency slot.</param>
    void Polled(PollOutcome outcome, TimeSpan duration);
}

/// <summary>The default: nobody is counting.</summary>
public sealed class NoPollObserver : IPollObserver
{
    public void Polled(PollOutcome outcome, TimeSpan duration)
    {
    }
}

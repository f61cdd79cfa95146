using FeedWatch.Core.Configuration;

namespace FeedWatch.Daemon;

/// <summary>
/// First of the handlers: polls look feeds and polling options up in the options, so a feed must be
/// there before its job is scheduled. Limits read once at start (Polling:MaxConcurrentPolls,
/// MaxConcurrentPerHost, ConnectTimeout, UserAgent) keep their start values until a restart.
/// </summary>
internal sealed class OptionsChangeHandler(ReloadableOptionsMonitor options) : IConfigChangeHandler
{
    public Task ApplyAsync(FeedWatchOptions? previous, FeedWatchOptions next, CancellationToken cancellationToken)
    {
        options.Replace(next);
        return Task.CompletedTask;
    }
}

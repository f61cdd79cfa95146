using System.Collections.Concurrent;

namespace FeedWatch.Core.Storage;

/// <summary>
/// The daemon's feed states, read from the store once and then kept in memory: the daemon is their
/// only writer (one daemon per database), and in LiteDB's shared mode each read opens the file.
/// </summary>
public sealed class FeedStateCache(IItemStore store)
{
    private readonly Lazy<ConcurrentDictionary<string, FeedState>> _states =
        new(() => new ConcurrentDictionary<string, FeedState>(store.GetFeeds().ToDictionary(state => state.Id)));

    /// <summary>The feed's state, or a new one for a feed never polled. Changes reach the store through <see cref="GroupCommitWriter"/>.</summary>
    public FeedState GetOrCreate(string feedId) =>
        _states.Value.GetOrAdd(feedId, id => new FeedState { Id = id });
}

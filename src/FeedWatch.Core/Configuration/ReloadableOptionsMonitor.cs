using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Configuration;

/// <summary>
/// The daemon's options: one validated snapshot at a time, replaced whole when an edit of the config
/// file validates. Readers take <see cref="CurrentValue"/> once per piece of work, so a poll never
/// sees half of one config and half of another.
/// </summary>
public sealed class ReloadableOptionsMonitor(FeedWatchOptions options) : IOptionsMonitor<FeedWatchOptions>
{
    private readonly Lock _listenersLock = new();
    private readonly List<Action<FeedWatchOptions, string?>> _listeners = [];
    private volatile FeedWatchOptions _current = options;

    public FeedWatchOptions CurrentValue => _current;

    public FeedWatchOptions Get(string? name) => _current;

    public void Replace(FeedWatchOptions next)
    {
        ArgumentNullException.ThrowIfNull(next);
        _current = next;
        Action<FeedWatchOptions, string?>[] listeners;
        lock (_listenersLock)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            listener(next, null);
        }
    }

    public IDisposable? OnChange(Action<FeedWatchOptions, string?> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_listenersLock)
        {
            _listeners.Add(listener);
        }

        return new Subscription(this, listener);
    }

    private sealed class Subscription(ReloadableOptionsMonitor monitor, Action<FeedWatchOptions, string?> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (monitor._listenersLock)
            {
                monitor._listeners.Remove(listener);
            }
        }
    }
}

using System.Collections.Concurrent;
using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Polling;

/// <summary>
/// Politeness and load limits for polls: at most <see cref="PollingOptions.MaxConcurrentPolls"/>
/// polls fetching or parsing at once (a poll leaves once its write is queued for the store's
/// writer), and at most <see cref="PollingOptions.MaxConcurrentPerHost"/> requests to one host. A
/// poll first waits for its host and only then takes a global slot, so twenty feeds of one
/// publisher queue among themselves without holding slots other hosts could use.
/// </summary>
public sealed class PollGate(IOptionsMonitor<FeedWatchOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _global = new(options.CurrentValue.Polling.MaxConcurrentPolls);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _perHost = options.CurrentValue.Polling.MaxConcurrentPerHost;

    /// <summary>Waits for a host slot, then a global slot. Dispose the pass to release the host after the fetch.</summary>
    public async Task<Pass> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = _hosts.GetOrAdd(HostKey(url), _ => new SemaphoreSlim(_perHost));
        await host.WaitAsync(cancellationToken);
        try
        {
            await _global.WaitAsync(cancellationToken);
        }
        catch
        {
            host.Release();
            throw;
        }

        return new Pass(host, _global);
    }

    public void Dispose()
    {
        _global.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }

    /// <summary>Local files are read from one disk, whatever their folder; HTTP hosts include the port.</summary>
    private static string HostKey(Uri url) => url.IsFile ? "file:" : url.Authority;

    /// <summary>
    /// Holds one host slot (released by <see cref="ReleaseHost"/> once the response is read, so
    /// parsing and storing do not hold up the publisher's other feeds) and one global slot.
    /// </summary>
    public sealed class Pass(SemaphoreSlim host, SemaphoreSlim global) : IDisposable
    {
        private int _hostReleased;
        private int _disposed;

        public void ReleaseHost()
        {
            if (Interlocked.Exchange(ref _hostReleased, 1) == 0)
            {
                host.Release();
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ReleaseHost();
                global.Release();
            }
        }
    }
}

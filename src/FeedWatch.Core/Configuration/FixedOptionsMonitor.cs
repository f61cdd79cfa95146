using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Configuration;

/// <summary>An options monitor over one validated snapshot; the seam where config reload plugs in.</summary>
public sealed class FixedOptionsMonitor(FeedWatchOptions options) : IOptionsMonitor<FeedWatchOptions>
{
    public FeedWatchOptions CurrentValue { get; } = options;

    public FeedWatchOptions Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<FeedWatchOptions, string?> listener) => null;
}

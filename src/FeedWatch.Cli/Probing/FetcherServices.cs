using FeedWatch.Core.Configuration;
using FeedWatch.Core.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedWatch.Cli.Probing;

/// <summary>
/// The daemon's own fetcher, registered the way the daemon registers it, so that a probe sends the
/// same User-Agent and Accept headers and applies the same timeout, body cap and decompression.
/// </summary>
internal static class FetcherServices
{
    /// <summary>The caller disposes the provider, which releases the pooled HTTP handlers.</summary>
    public static ServiceProvider Create(FeedWatchOptions options, TimeProvider timeProvider)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IOptionsMonitor<FeedWatchOptions>>(new FixedOptionsMonitor(options));
        services.AddSingleton(timeProvider);
        services.AddFeedFetching();
        return services.BuildServiceProvider();
    }
}

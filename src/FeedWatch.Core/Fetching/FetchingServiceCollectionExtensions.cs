using System.Net;
using FeedWatch.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>Registers the feed fetchers and the pooled HTTP client they share.</summary>
    public static IServiceCollection AddFeedFetching(this IServiceCollection services)
    {
        services.AddSingleton<HttpFeedFetcher>();
        services.AddSingleton<FileFeedFetcher>();
        services.AddSingleton<IFeedFetcher, FeedFetcher>();
        services.AddHttpClient(HttpFeedFetcher.HttpClientName, (sp, client) =>
            {
                var polling = sp.GetRequiredService<IOptionsMonitor<FeedWatchOptions>>().CurrentValue.Polling;
                // The fetcher applies its own total timeout so that it can tell a timeout from a shutdown.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(polling.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd(
                    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var polling = sp.GetRequiredService<IOptionsMonitor<FeedWatchOptions>>().CurrentValue.Polling;
                return new SocketsHttpHandler
                {
                    AutomaticDecompression = DecompressionMethods.All,
                    // HttpFeedFetcher follows redirects itself, to notice a feed that moved for good.
                    AllowAutoRedirect = false,
                    ConnectTimeout = polling.ConnectTimeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    UseCookies = false,
                };
            });
        return services;
    }
}

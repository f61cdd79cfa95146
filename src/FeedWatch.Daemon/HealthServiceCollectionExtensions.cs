using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;

namespace FeedWatch.Daemon;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// The heartbeat always; the metrics endpoint when Metrics:Enabled, read at start (changing it
    /// takes a restart), and never for <c>--once</c>, whose process is gone before a scrape.
    /// </summary>
    public static IServiceCollection AddHeartbeatAndMetrics(this IServiceCollection services, FeedWatchOptions options, bool once)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<HeartbeatService>(sp, once));
        if (options.Metrics.Enabled && !once)
        {
            var registry = Metrics.NewCustomRegistry();
            services.Replace(ServiceDescriptor.Singleton<IPollObserver>(new PrometheusPollObserver(registry)));
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<MetricsEndpointService>(sp, options.Metrics, registry));
        }

        return services;
    }
}

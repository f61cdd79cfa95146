using FeedWatch.Core.Alerts;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Fetching;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything a poll needs, over one validated configuration.</summary>
    public static IServiceCollection AddFeedWatchCore(this IServiceCollection services, FeedWatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var monitor = new ReloadableOptionsMonitor(options);
        services.AddSingleton(monitor);
        services.AddSingleton<IOptionsMonitor<FeedWatchOptions>>(monitor);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Random.Shared);
        services.AddFeedFetching();
        services.AddWebhookAlerts();
        services.AddSingleton<IItemStore>(sp => LiteDbItemStore.Open(sp.GetRequiredService<IOptionsMonitor<FeedWatchOptions>>().CurrentValue.Storage.Path));
        services.AddSingleton(sp => new WatchRuleSet(
            sp.GetRequiredService<IOptionsMonitor<FeedWatchOptions>>().CurrentValue.Watch, sp.GetRequiredService<ILogger<WatchRuleSet>>()));
        services.AddSingleton<GroupCommitWriter>();
        services.AddSingleton<RetentionRun>();
        services.AddSingleton<FeedStateCache>();
        services.AddSingleton<BackoffPolicy>();
        services.AddSingleton<PollGate>();
        // Nobody counts polls unless the daemon's metrics replace this.
        services.AddSingleton<IPollObserver, NoPollObserver>();
        services.AddSingleton<FeedPoller>();
        return services;
    }
}

using FeedWatch.Core.Alerts;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Fetching;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedWatch.Core.Tests.Support;

/// <summary>The real services wired the way the daemon wires them, with a clock the test controls.</summary>
public sealed class PipelineFactory : IDisposable
{
    private readonly ServiceProvider _services;

    public PipelineFactory(FeedWatchOptions options, TimeProvider timeProvider)
    {
        var services = new ServiceCollection();
        services.AddFeedWatchCore(options);
        services.AddSingleton(timeProvider);
        services.AddSingleton(new Random(1234));
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<Microsoft.Extensions.Logging.ILogger<FeedPoller>>(PollerLog);
        _services = services.BuildServiceProvider();
    }

    /// <summary>What the poller logged.</summary>
    public ListLogger<FeedPoller> PollerLog { get; } = new();

    public FeedPoller Poller => _services.GetRequiredService<FeedPoller>();

    public IItemStore Store => _services.GetRequiredService<IItemStore>();

    public IFeedFetcher Fetcher => _services.GetRequiredService<IFeedFetcher>();

    /// <summary>Any other service of the pipeline, as the daemon would get it.</summary>
    public T Services<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public WebhookDispatcher Webhooks => _services.GetRequiredService<WebhookDispatcher>();

    public void Dispose() => _services.Dispose();
}

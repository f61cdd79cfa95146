using FeedWatch.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Alerts;

public static class AlertServiceCollectionExtensions
{
    private static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddWebhookAlerts(this IServiceCollection services)
    {
        services.AddSingleton<WebhookDispatcher>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName, (sp, client) =>
            {
                client.Timeout = WebhookTimeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptionsMonitor<FeedWatchOptions>>().CurrentValue.Polling.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = WebhookTimeout, AllowAutoRedirect = false, UseCookies = false });
        return services;
    }
}

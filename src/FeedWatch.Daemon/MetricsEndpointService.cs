using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace FeedWatch.Daemon;

/// <summary>
/// Serves <c>http://Metrics:Host:Metrics:Port/metrics</c> with prometheus-net's standalone
/// HttpListener server. A port that cannot be bound is logged and polling goes on: metrics are an
/// extra, and a busy port must not stop the news.
/// </summary>
internal sealed partial class MetricsEndpointService(MetricsOptions options, CollectorRegistry registry, ILogger<MetricsEndpointService> logger)
    : IHostedService, IDisposable
{
    private MetricServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var server = new MetricServer(options.Host, options.Port, "metrics/", registry);
        try
        {
            server.Start();
            _server = server;
            LogListening(logger, options.Host, options.Port);
        }
        catch (System.Net.HttpListenerException ex)
        {
            server.Dispose();
            LogCannotListen(logger, ex, options.Host, options.Port);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync();
        }
    }

    public void Dispose() => _server?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Prometheus metrics at http://{Host}:{Port}/metrics")]
    private static partial void LogListening(ILogger logger, string host, int port);

    [LoggerMessage(Level = LogLevel.Error, Message = "Metrics:Enabled, but http://{Host}:{Port}/metrics cannot be served; polling goes on without metrics")]
    private static partial void LogCannotListen(ILogger logger, Exception exception, string host, int port);
}

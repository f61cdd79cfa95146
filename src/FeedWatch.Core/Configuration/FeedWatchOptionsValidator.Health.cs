namespace FeedWatch.Core.Configuration;

/// <summary>The Health and Metrics sections.</summary>
public static partial class FeedWatchOptionsValidator
{
    private static void ValidateHealthAndMetrics(FeedWatchOptions options, List<string> errors)
    {
        RequirePositive(options.Health.HeartbeatInterval, "Health:HeartbeatInterval", errors);
        if (string.IsNullOrWhiteSpace(options.Metrics.Host))
        {
            errors.Add("Metrics:Host must name an address to listen on, e.g. 127.0.0.1 or * for every interface.");
        }

        if (options.Metrics.Port is < 1 or > 65535)
        {
            errors.Add($"Metrics:Port must be between 1 and 65535, got {options.Metrics.Port}.");
        }
    }
}

namespace FeedWatch.Core.Configuration;

/// <summary>The daemon's optional Prometheus endpoint, <c>http://Host:Port/metrics</c>.</summary>
public sealed class MetricsOptions
{
    /// <summary>Off unless asked for: an open port is something ops should choose.</summary>
    public bool Enabled { get; set; }

    /// <summary>Loopback by default so that nothing is exposed by accident; <c>*</c> listens on every interface (e.g. in a container).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>9464 is the port Prometheus' own exporters conventionally use for an application's metrics.</summary>
    public int Port { get; set; } = 9464;
}

namespace FeedWatch.Core.Configuration;

public sealed class HealthOptions
{
    /// <summary>How often the daemon rewrites its heartbeat; <c>feedwatch health</c> allows three times this by default.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);
}

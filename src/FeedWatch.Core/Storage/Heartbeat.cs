namespace FeedWatch.Core.Storage;

/// <summary>
/// The daemon's sign of life, one document rewritten in place: <c>feedwatch health</c> reads it to
/// tell a running daemon from a dead or hung one, since a CLI cannot see the daemon's process.
/// </summary>
public sealed class Heartbeat
{
    /// <summary>The one id there is: each write replaces the last, so the file never grows.</summary>
    public const string Key = "heartbeat";

    public string Id { get; set; } = Key;

    /// <summary>UTC time of this write.</summary>
    public DateTime WrittenAt { get; set; }

    /// <summary>UTC time the daemon started.</summary>
    public DateTime StartedAt { get; set; }

    public int ProcessId { get; set; }

    public string HostName { get; set; } = "";

    /// <summary>The daemon's informational version.</summary>
    public string Version { get; set; } = "";

    /// <summary>Enabled feeds in the daemon's config when it wrote this.</summary>
    public int Feeds { get; set; }

    /// <summary>How often the daemon rewrites this, so a reader knows how old is too old without the daemon's config.</summary>
    public double IntervalSeconds { get; set; }

    /// <summary>Written once by a <c>--once</c> run (which then exits), not by a running daemon.</summary>
    public bool Once { get; set; }
}

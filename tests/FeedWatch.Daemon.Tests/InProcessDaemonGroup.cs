namespace FeedWatch.Daemon.Tests;

/// <summary>
/// Tests that run the daemon's host inside the test process take turns: the host logs through
/// Serilog's static logger, as the daemon must (its start and stop lines go to the same sinks), so
/// two hosts at once would write into each other's sinks, and the first to stop silences the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessDaemonGroup
{
    public const string Name = "In-process daemon";
}

namespace FeedWatch.Benchmarks;

/// <summary>
/// Another build or test run on a 2-core box skews every number: each benchmark's header says
/// whether one was going on.
/// </summary>
internal static class MachineLoad
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

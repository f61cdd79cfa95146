using System.Diagnostics;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// One <c>feedwatchd --once</c> as a whole process: wall time from just before the process is
/// started to its exit (runtime start-up, host, polls, shutdown), and /proc read every 10 ms while it
/// runs. VmHWM only grows, so the last reading before exit is the peak to within 10 ms of the end.
/// </summary>
internal sealed record DaemonRun(int ExitCode, TimeSpan Wall, ProcessUsage? Usage, IReadOnlyList<string> OutputLines, bool TimedOut)
{
    // Ten times the slowest cold run seen (1000 feeds on a busy machine): a hung poll becomes a failed run, not a hung benchmark.
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(10);

    public static async Task<DaemonRun> RunOnceAsync(string daemonDll, string configPath, string workingDirectory, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeLimit);
        var start = Stopwatch.GetTimestamp();
        using var process = ChildProcess.Start(ChildProcess.Dotnet, [daemonDll, "--config", configPath, "--once"], workingDirectory);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            var exited = process.WaitForExitAsync(limit.Token);
            ProcessUsage? usage = null;
            while (!exited.IsCompleted)
            {
                usage = ProcessUsage.Read(process.Id) ?? usage;
                await Task.WhenAny(exited, Task.Delay(SampleInterval, limit.Token));
            }

            var timedOut = exited.IsCanceled && !cancellationToken.IsCancellationRequested;
            if (timedOut)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(cancellationToken);
            }
            else
            {
                // Rethrows when the caller cancelled.
                await exited;
            }

            var wall = Stopwatch.GetElapsedTime(start);
            var lines = (await output + "\n" + await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new DaemonRun(process.ExitCode, wall, usage, lines, timedOut);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}

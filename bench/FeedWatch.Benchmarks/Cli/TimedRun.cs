using System.Diagnostics;
using FeedWatch.Benchmarks.Ingest;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// One <c>feedwatch</c> process, timed from start to exit. Its standard output is a pipe (so the
/// CLI picks its piped default, ndjson) copied into a file, read only after the clock stops.
/// </summary>
internal sealed record TimedRun(TimeSpan Wall, int ExitCode, string OutputFile, string Error)
{
    public static async Task<TimedRun> RunAsync(string cli, IReadOnlyList<string> arguments, string outputFile, CancellationToken cancellationToken)
    {
        var (fileName, fullArguments) = Command(cli, arguments);
        var start = Stopwatch.GetTimestamp();
        using var process = ChildProcess.Start(fileName, fullArguments, Path.GetDirectoryName(outputFile)!);
        try
        {
            await using var file = File.Create(outputFile);
            var copy = process.StandardOutput.BaseStream.CopyToAsync(file, cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var wall = Stopwatch.GetElapsedTime(start);
            await copy;
            return new TimedRun(wall, process.ExitCode, outputFile, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>The apphost, as the Docker image puts it on PATH; <c>dotnet feedwatch.dll</c> if the publish made none.</summary>
    private static (string FileName, IReadOnlyList<string> Arguments) Command(string cli, IReadOnlyList<string> arguments)
    {
        var appHost = Path.Combine(Path.GetDirectoryName(cli)!, Path.GetFileNameWithoutExtension(cli));
        return File.Exists(appHost) ? (appHost, arguments) : (ChildProcess.Dotnet, [cli, .. arguments]);
    }
}

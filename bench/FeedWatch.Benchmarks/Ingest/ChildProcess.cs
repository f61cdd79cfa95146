using System.Diagnostics;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// The benchmark's child processes (python3, dotnet, git), output captured. They inherit no
/// FeedWatch settings from the caller's shell: a <c>FeedWatch__Storage__Path</c> or
/// <c>FEEDWATCH_CONFIG</c> there would silently point the daemon at another database.
/// </summary>
internal static class ChildProcess
{
    public const string Python = "python3";

    /// <summary>The dotnet host that runs this benchmark when there is one, else the one on PATH.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Process Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var key in info.Environment.Keys.Where(IsFeedWatchSetting).ToList())
        {
            info.Environment.Remove(key);
        }

        // No network but 127.0.0.1: the SDK's telemetry would phone home from `dotnet publish`.
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(info) ?? throw new IngestSetupException($"Could not start {fileName}.");
    }

    public static async Task<ChildProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        using var process = Start(fileName, arguments, workingDirectory);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new ChildProcessResult(Describe(fileName, arguments), process.ExitCode, await output, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    public static string Describe(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { Path.GetFileName(fileName) }.Concat(arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a)));

    private static bool IsFeedWatchSetting(string key) =>
        key.StartsWith("FeedWatch__", StringComparison.OrdinalIgnoreCase) || key.Equals("FEEDWATCH_CONFIG", StringComparison.OrdinalIgnoreCase);
}

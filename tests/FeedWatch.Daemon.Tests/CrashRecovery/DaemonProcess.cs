using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests.CrashRecovery;

/// <summary>
/// The real <c>feedwatchd</c> as a child process, so that a kill is a real SIGKILL of a whole
/// process, not a cancelled host inside the test's own.
/// </summary>
internal sealed class DaemonProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private DaemonProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Everything the daemon wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public static DaemonProcess Start(string configPath, string workingDirectory)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DaemonAssembly());
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(configPath);
        // The daemon layers FeedWatch__* variables over its config; the test's config must be all of it.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith(ConfigLoader.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        var process = new Process { StartInfo = start };
        var daemon = new DaemonProcess(process);
        // Drained as it comes: a full pipe would block the daemon's logging and stall its polls.
        process.OutputDataReceived += (_, e) => daemon.Record(e.Data);
        process.ErrorDataReceived += (_, e) => daemon.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return daemon;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Unix): no shutdown code runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or docker stop sends it; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan deadline)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(deadline);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>
    /// The daemon's own build output, of the tests' configuration (the project reference builds it).
    /// Not the copy beside the tests: the test project takes the Microsoft.Extensions assemblies from
    /// the ASP.NET Core framework, so they are not copied, and feedwatchd.runtimeconfig.json does not name it.
    /// </summary>
    private static string DaemonAssembly()
    {
        // .../tests/FeedWatch.Daemon.Tests/bin/Debug/net10.0/ → Debug/net10.0
        var testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var projectBin = Path.Combine(RepositoryPaths.Root, "tests", "FeedWatch.Daemon.Tests", "bin");
        var configurationAndFramework = Path.GetRelativePath(projectBin, testOutput);
        var path = Path.Combine(RepositoryPaths.Root, "src", "FeedWatch.Daemon", "bin", configurationAndFramework, "feedwatchd.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The daemon is not built at {path}.", path);
    }

    /// <summary>The muxer running this test: the SDK names it in DOTNET_HOST_PATH, else it sits above the runtime folder.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ → .../dotnet/dotnet
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(muxer) ? muxer : "dotnet";
    }
}

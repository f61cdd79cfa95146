using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>
/// The README's install step, run as written (into a scratch folder instead of bin/): it must leave
/// both programs, ahead-of-time compiled, ready to run. What a user times is what this produces.
/// </summary>
public sealed partial class InstallStepTests
{
    [Fact]
    public async Task ReadmeInstallStep_PublishesBothProgramsAsReadyToRun()
    {
        var command = ReadmeInstallCommand();
        using var directory = new TempDirectory();
        var output = Path.Combine(directory.Path, "install");
        var arguments = OutputFolder().Replace(command, $" -o {output}", 1).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

        // No build servers: they would outlive the test and the CI run that started it.
        var (exitCode, log) = await RunAsync("dotnet", RepositoryPaths.Root, [.. arguments, "--disable-build-servers", "-nologo"]);

        Assert.True(exitCode == 0, $"'{command}' failed:\n{log}");
        foreach (var program in (string[])["feedwatchd", "feedwatch"])
        {
            Assert.True(File.Exists(Path.Combine(output, program)), $"no {program} in the install folder");
            Assert.True(IsReadyToRun(Path.Combine(output, program + ".dll")), $"{program}.dll is IL only");
        }

        Assert.True(IsReadyToRun(Path.Combine(output, "FeedWatch.Core.dll")), "FeedWatch.Core.dll is IL only");
        var (cliExit, version) = await RunAsync(Path.Combine(output, "feedwatch"), directory.Path, ["--version"]);
        Assert.Equal(0, cliExit);
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        var (daemonExit, usage) = await RunAsync(Path.Combine(output, "feedwatchd"), directory.Path, ["--help"]);
        Assert.Equal(0, daemonExit);
        Assert.Contains("Usage: feedwatchd", usage, StringComparison.Ordinal);
    }

    /// <summary>The publish before the '&amp;&amp;' of the first of "The two commands".</summary>
    private static string ReadmeInstallCommand()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## The two commands", StringComparison.Ordinal)..];
        var firstCommand = section.Split('\n').First(line => line.StartsWith("dotnet ", StringComparison.Ordinal));
        var install = firstCommand.Split("&&")[0].Trim();
        Assert.StartsWith("dotnet publish ", install, StringComparison.Ordinal);
        Assert.Matches(OutputFolder(), install);
        return install;
    }

    /// <summary>Precompiled code is described by the CLI header's managed native header (ReadyToRun).</summary>
    private static bool IsReadyToRun(string assemblyPath)
    {
        using var reader = new PEReader(File.OpenRead(assemblyPath));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@" -o \S+")]
    private static partial Regex OutputFolder();
}

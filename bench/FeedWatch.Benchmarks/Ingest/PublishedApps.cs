using System.Runtime.InteropServices;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// feedwatchd and feedwatch published once in Release into the scratch folder: the runs measure
/// what the working tree held at the start, even if src/ changes while they go on. Published as the
/// Docker image is, ReadyToRun for this machine's runtime, since each run is a fresh process.
/// </summary>
internal sealed record PublishedApps(string Daemon, string Cli)
{
    public static async Task<PublishedApps> PublishAsync(string directory, CancellationToken cancellationToken)
    {
        var daemon = await PublishAsync("FeedWatch.Daemon", Path.Combine(directory, "daemon"), cancellationToken);
        var cli = await PublishAsync("FeedWatch.Cli", Path.Combine(directory, "cli"), cancellationToken);
        return new PublishedApps(Path.Combine(daemon, "feedwatchd.dll"), Path.Combine(cli, "feedwatch.dll"));
    }

    /// <summary>Only the CLI, for benchmarks that time its commands; returns the folder holding it.</summary>
    public static Task<string> PublishCliAsync(string directory, CancellationToken cancellationToken) =>
        PublishAsync("FeedWatch.Cli", Path.Combine(directory, "cli"), cancellationToken);

    private static async Task<string> PublishAsync(string project, string output, CancellationToken cancellationToken)
    {
        // Build servers (MSBuild nodes, the compiler server) outlive the command and would keep its
        // redirected output open, so reading it to the end would wait for them.
        var run = await ChildProcess.RunAsync(ChildProcess.Dotnet,
            ["publish", Path.Combine("src", project), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
                "-p:PublishReadyToRun=true", "-o", output, "--disable-build-servers", "--nologo"],
            RepositoryPaths.Root, cancellationToken);
        run.ThrowIfFailed();
        return output;
    }
}

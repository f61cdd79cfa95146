namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// feedwatchd and feedwatch installed once into the scratch folder by the README's install step (a
/// publish of the daemon, which brings the CLI; ReadyToRun by src/ReadyToRun.targets): the runs
/// measure what a user installs, as the working tree held it at the start, even if src/ changes while
/// they go on.
/// </summary>
internal sealed record PublishedApps(string Daemon, string Cli)
{
    public static async Task<PublishedApps> PublishAsync(string directory, CancellationToken cancellationToken)
    {
        var folder = await InstallAsync(directory, cancellationToken);
        return new PublishedApps(Path.Combine(folder, "feedwatchd.dll"), Path.Combine(folder, "feedwatch.dll"));
    }

    /// <summary>For benchmarks that time the CLI's commands; returns the folder holding it.</summary>
    public static Task<string> PublishCliAsync(string directory, CancellationToken cancellationToken) => InstallAsync(directory, cancellationToken);

    private static async Task<string> InstallAsync(string directory, CancellationToken cancellationToken)
    {
        var output = Path.Combine(directory, "bin");
        // Build servers (MSBuild nodes, the compiler server) outlive the command and would keep its
        // redirected output open, so reading it to the end would wait for them.
        var run = await ChildProcess.RunAsync(ChildProcess.Dotnet,
            ["publish", Path.Combine("src", "FeedWatch.Daemon"), "-o", output, "--disable-build-servers", "--nologo"],
            RepositoryPaths.Root, cancellationToken);
        run.ThrowIfFailed();
        return output;
    }
}

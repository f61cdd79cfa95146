namespace FeedWatch.Benchmarks.Ingest;

/// <summary>Which code was measured: the commit, and whether src/ had uncommitted changes at the time.</summary>
internal static class SourceVersion
{
    public static async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var commit = await ChildProcess.RunAsync("git", ["log", "-1", "--format=%h %s"], RepositoryPaths.Root, cancellationToken);
            var changes = await ChildProcess.RunAsync("git", ["status", "--porcelain", "--", "src"], RepositoryPaths.Root, cancellationToken);
            if (commit.ExitCode != 0)
            {
                return "unknown (not a git checkout)";
            }

            var dirty = changes.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            return commit.Output.Trim() + (dirty > 0 ? $" + {dirty} uncommitted changes under src/" : "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed.
            return "unknown (no git)";
        }
    }
}

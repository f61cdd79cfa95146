namespace FeedWatch.Benchmarks.Ingest;

internal sealed record ChildProcessResult(string Command, int ExitCode, string Output, string Error)
{
    private const int ExcerptLines = 20;

    /// <summary>The set-up steps (generate, publish, count) must work for any number to mean anything.</summary>
    public ChildProcessResult ThrowIfFailed()
    {
        if (ExitCode != 0)
        {
            var lines = (Error + "\n" + Output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            throw new IngestSetupException(
                $"`{Command}` exited with {ExitCode}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", lines.Take(ExcerptLines)));
        }

        return this;
    }
}

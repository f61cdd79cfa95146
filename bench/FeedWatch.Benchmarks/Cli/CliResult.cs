namespace FeedWatch.Benchmarks.Cli;

/// <summary>One command's timed runs, what its output held, and whether it ran at all.</summary>
/// <param name="Failure">Null when every run exited 0; else the exit code and the start of standard error.</param>
internal sealed record CliResult(CliCase Case, IReadOnlyList<TimeSpan> Walls, OutputCheck? Check, string? Failure)
{
    public TimeSpan Median
    {
        get
        {
            var sorted = Walls.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public TimeSpan Min => Walls.Min();

    public bool Ran => Failure is null && Walls.Count > 0;
}

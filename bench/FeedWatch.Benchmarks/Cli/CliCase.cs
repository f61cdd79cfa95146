namespace FeedWatch.Benchmarks.Cli;

/// <summary>One timed command line.</summary>
/// <param name="Name">As an analyst would type it, for the table.</param>
/// <param name="Arguments">Without <c>--config</c>, which every run gets.</param>
/// <param name="Check">Reads a run's output: what it held ("50 items"), or why it is implausible.</param>
internal sealed record CliCase(string Name, IReadOnlyList<string> Arguments, CliTarget Target, Func<TimedRun, OutputCheck> Check);

/// <param name="Observed">What the output held, for the table.</param>
/// <param name="Problem">Null when the output is plausible.</param>
internal sealed record OutputCheck(string Observed, string? Problem = null)
{
    public static OutputCheck Bad(string observed, string problem) => new(observed, problem);
}

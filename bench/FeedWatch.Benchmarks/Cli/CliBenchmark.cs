using System.Globalization;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// Each command as a whole process, one warm-up run (the page cache, the runtime's files) and then
/// the timed runs, each run's output checked.
/// </summary>
internal static class CliBenchmark
{
    private const int ErrorLines = 5;

    public static async Task<IReadOnlyList<CliResult>> RunAsync(
        TextWriter output, string cli, string config, IReadOnlyList<CliCase> cases, int runs, string scratch, CancellationToken cancellationToken)
    {
        var results = new List<CliResult>();
        for (var i = 0; i < cases.Count; i++)
        {
            var result = await RunAsync(cli, Arguments(cases[i], config), cases[i], runs, Path.Combine(scratch, $"output-{i:00}.txt"), cancellationToken);
            results.Add(result);
            output.WriteLine($"  {cases[i].Name}: " + (result.Ran
                ? string.Join(' ', result.Walls.Select(wall => wall.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture))) + " ms"
                : result.Failure));
        }

        return results;
    }

    /// <summary>Start-up is timed without a config: <c>--version</c> refuses any other option.</summary>
    public static IReadOnlyList<string> Arguments(CliCase cliCase, string config) =>
        cliCase.Target == CliTarget.StartUp ? cliCase.Arguments : ["--config", config, .. cliCase.Arguments];

    private static async Task<CliResult> RunAsync(string cli, IReadOnlyList<string> arguments, CliCase cliCase, int runs, string outputFile, CancellationToken cancellationToken)
    {
        var walls = new List<TimeSpan>();
        OutputCheck? check = null;
        for (var run = 0; run <= runs; run++)
        {
            var timed = await TimedRun.RunAsync(cli, arguments, outputFile, cancellationToken);
            if (timed.ExitCode != 0)
            {
                return new CliResult(cliCase, walls, check, Describe(timed));
            }

            // The first problem found is the one reported; later runs are still timed.
            var current = cliCase.Check(timed);
            if (check?.Problem is null)
            {
                check = current;
            }

            if (run > 0)
            {
                walls.Add(timed.Wall);
            }
        }

        return new CliResult(cliCase, walls, check, null);
    }

    private static string Describe(TimedRun run) =>
        $"exit {run.ExitCode}: " + string.Join(" | ", run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(ErrorLines));
}

using System.Globalization;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>The table for bench/README.md, then a FAIL line for every missed target, implausible output or command that did not run.</summary>
internal static class CliResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<CliResult> results, int items)
    {
        var rows = results.Select(result => Row(result, items)).ToList();
        TextTable.Write(output, ["command", "median ms", "min ms", "items/s", "target", "result", "output"], rows, textColumns: 1);
        output.WriteLine();
        foreach (var result in results)
        {
            if (!result.Ran)
            {
                output.WriteLine($"FAIL  {result.Case.Name}: did not run: {result.Failure}");
                continue;
            }

            if (!CliTargets.Met(result.Case.Target, result.Median, items))
            {
                output.WriteLine(Invariant($"FAIL  {result.Case.Name}: median {result.Median.TotalMilliseconds:N0} ms, target {CliTargets.Describe(result.Case.Target)}"));
            }

            if (result.Check?.Problem is { } problem)
            {
                output.WriteLine($"FAIL  {result.Case.Name}: output {result.Check.Observed}: {problem}");
            }
        }
    }

    private static string[] Row(CliResult result, int items)
    {
        if (!result.Ran)
        {
            return [result.Case.Name, "", "", "", CliTargets.Describe(result.Case.Target), "FAIL", "did not run"];
        }

        var met = CliTargets.Met(result.Case.Target, result.Median, items);
        var plausible = result.Check?.Problem is null;
        return
        [
            result.Case.Name,
            Invariant($"{result.Median.TotalMilliseconds:N0}"),
            Invariant($"{result.Min.TotalMilliseconds:N0}"),
            result.Case.Target == CliTarget.Export ? Invariant($"{items / result.Median.TotalSeconds:N0}") : "",
            CliTargets.Describe(result.Case.Target),
            met && plausible ? "PASS" : "FAIL",
            (result.Check?.Observed ?? "") + (plausible ? "" : " (implausible)"),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace FeedWatch.Benchmarks.Matching;

/// <summary>
/// <c>match</c>: WatchMatcher over generated items with 10, 1,000 and 10,000 terms, to show how matching
/// time grows with the number of terms. The 2× target is printed, never enforced (STYLE.md, rule 12):
/// exit code 2 only when the options leave nothing to run.
/// </summary>
internal static class MatchBenchmarkCommand
{
    private const int Seed = 1;
    private static readonly int[] TermCounts = [MatchResultTable.SmallestTerms, 1_000, MatchResultTable.LargestTerms];

    public static Command Create(TextWriter output)
    {
        var items = new Option<int>("--items") { Description = "Generated items (title and summary) matched in each pass.", DefaultValueFactory = _ => 100_000 };
        var seconds = new Option<double>("--seconds")
        {
            Description = "Minimum measured time per term set, after warm-up (at least 3 whole passes either way).",
            DefaultValueFactory = _ => 2.0,
        };

        var command = new Command("match", "Watch-rule matching throughput with 10, 1,000 and 10,000 terms.") { items, seconds };
        command.SetAction(parse =>
        {
            var itemCount = parse.GetValue(items);
            var minimum = parse.GetValue(seconds);
            if (itemCount < 1 || !(minimum > 0))
            {
                // Checked here, not in a validator, as in ingest: validators see 0 for an option left at its default.
                output.WriteLine(Invariant($"--items must be at least 1 and --seconds above 0, got {itemCount} and {minimum}."));
                return 2;
            }

            Run(output, itemCount, TimeSpan.FromSeconds(minimum));
            return 0;
        });
        return command;
    }

    private static void Run(TextWriter output, int itemCount, TimeSpan minimum)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"load average {MachineLoad.LoadAverage()}; passes of ≥{minimum.TotalSeconds:0.#} s per row after warm-up."));

        // One generator in a fixed order (words, then terms, then items), so --items changes the items only.
        var random = new Random(Seed);
        var vocabulary = new TextVocabulary(random);
        var catalogue = new TermCatalogue(random, vocabulary, TermCounts.Max());
        var workload = MatchWorkload.Create(random, vocabulary, catalogue.Terms.Take(TermCounts.Min()).ToList(), itemCount);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{workload.Items.Count:N0} items (title + summary): {workload.Utf16Chars:N0} UTF-16 chars, {workload.Utf8Bytes / 1e6:0.00} MB UTF-8; " +
            $"{workload.PlantedItems:N0} carry one of the first {TermCounts.Min()} terms."));

        var rows = new List<MatchMeasurement>();
        foreach (var terms in TermCounts)
        {
            var row = MatchBenchmark.Measure(TermSet.Take(catalogue, terms), workload, minimum);
            rows.Add(row);
            output.WriteLine(Invariant($"  measured {terms:N0} terms"));
        }

        output.WriteLine();
        MatchResultTable.Write(output, rows);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FeedWatch.Benchmarks.Matching;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Storage;

namespace FeedWatch.Benchmarks.Rescan;

/// <summary>
/// <c>rescan</c>: <c>feedwatch rescan</c>'s work over a LiteDB file of N stored items (the match
/// benchmark's generated items, stored with the 10-term rules) after the rules grew to 1,000 terms,
/// then once more with nothing left to change.
/// </summary>
internal static class RescanBenchmarkCommand
{
    private const int Seed = 1;
    private const int StoredWith = 10;
    private const int RescannedWith = 1_000;

    public static Command Create(TextWriter output)
    {
        var items = new Option<int>("--items") { Description = "Items to store, then rescan.", DefaultValueFactory = _ => 100_000 };
        var command = new Command("rescan", "Re-match N stored items against edited watch rules (feedwatch rescan), in a scratch LiteDB file.") { items };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(items);
            if (count < 1)
            {
                output.WriteLine(Invariant($"--items must be at least 1, got {count}."));
                return 2;
            }

            Run(output, count);
            return 0;
        });
        return command;
    }

    private static void Run(TextWriter output, int count)
    {
        output.WriteLine(Invariant($"{Environment.ProcessorCount} cores, load average {MachineLoad.LoadAverage()}"));
        var random = new Random(Seed);
        var vocabulary = new TextVocabulary(random);
        var catalogue = new TermCatalogue(random, vocabulary, RescannedWith);
        var workload = MatchWorkload.Create(random, vocabulary, catalogue.Terms.Take(StoredWith).ToList(), count);
        var scratch = Directory.CreateTempSubdirectory("feedwatch-rescan-");
        try
        {
            using var store = LiteDbItemStore.Open(Path.Combine(scratch.FullName, "rescan.db"));
            var fill = Stopwatch.StartNew();
            StoredItems.Fill(store, workload, new WatchMatcher(TermSet.Take(catalogue, StoredWith).Rules));
            output.WriteLine(Invariant($"stored {count:N0} items with {StoredWith} terms in {fill.Elapsed.TotalSeconds:0.0} s"));

            var rescanner = new RuleRescanner(store, new WatchMatcher(EditedRules(catalogue)));
            Report(output, $"rescan, rules grown to {RescannedWith:N0} terms and the first rule split in two", () => rescanner.Rescan(since: null));
            Report(output, "rescan again, nothing to change", () => rescanner.Rescan(since: null));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The 1,000-term rules, except that the rule the items were flagged with gives half its terms to a
    /// new rule: the rescan has flags to add, flags to remove and versions to rewrite.
    /// </summary>
    private static List<WatchRuleDefinition> EditedRules(TermCatalogue catalogue)
    {
        var rules = TermSet.Take(catalogue, RescannedWith).Rules.ToList();
        var first = rules[0];
        var half = first.Terms.Count / 2;
        rules[0] = new WatchRuleDefinition { Name = first.Name, Terms = first.Terms[half..] };
        rules.Add(new WatchRuleDefinition { Name = "split-off", Terms = first.Terms[..half] });
        return rules;
    }

    private static void Report(TextWriter output, string what, Func<RescanReport> rescan)
    {
        var start = Stopwatch.GetTimestamp();
        var report = rescan();
        var elapsed = Stopwatch.GetElapsedTime(start);
        var added = report.Rules.Sum(rule => rule.Added.Count);
        var removed = report.Rules.Sum(rule => rule.Removed.Count);
        output.WriteLine(Invariant(
            $"{what}: {report.Scanned:N0} items in {elapsed.TotalSeconds:0.00} s ({report.Scanned / elapsed.TotalSeconds:N0} items/s); rewritten {report.Rewritten:N0}, rule gains {added:N0}, losses {removed:N0}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

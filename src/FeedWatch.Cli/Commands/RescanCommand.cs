using System.CommandLine;
using System.Text.Json;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Stories;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch rescan</c>: re-match stored items against the config's rules after an edit, adding and
/// removing flags, and say what changed. Safe while the daemon runs: it writes a page at a time.
/// Then places the same items in stories again, so that edited story thresholds (or rules) apply to
/// them. Rescans never send alerts; those are for items as they arrive.
/// </summary>
internal static class RescanCommand
{
    public static Command Create(CliConsole console)
    {
        var since = new Option<string?>("--since") { Description = $"only items first seen since: {SinceParser.Help}" };
        var format = FormatOption.ForOneRecord();
        var command = new Command("rescan", "Re-match stored items against the watch rules in the config and re-cluster them into stories; report which items gained or lost each rule.")
        {
            since, format,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var config = CliConfig.Load(parse);
            var rules = config.Watch;
            var from = SinceParser.ParseOption(parse.GetValue(since), "--since", console);
            using var store = StoreOpener.Open(parse);
            var progress = TerminalProgress.For(console, "rescanned");
            var report = new RuleRescanner(store, new WatchMatcher(rules)).Rescan(from, progress, cancellationToken);
            progress.Finish($"rescanned {TerminalProgress.Number(report.Scanned)} items.");
            var clusterProgress = TerminalProgress.For(console, "re-clustered");
            var stories = store.ReclusterStories(from, config.Stories, clusterProgress, cancellationToken);
            clusterProgress.Finish($"re-clustered {TerminalProgress.Number(stories.Scanned)} items.");
            if (parse.GetValue(format) == SingleOutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(ToJson(report, stories), ItemJson.Options));
            }
            else
            {
                WriteText(console.Out, report, stories);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void WriteText(TextWriter output, RescanReport report, ReclusterReport stories)
    {
        output.WriteLine($"Rescanned {report.Scanned:N0} items; {report.Rewritten:N0} had their matches rewritten.");
        foreach (var rule in report.Rules)
        {
            output.WriteLine($"{rule.Added.Count:N0} items now match {rule.Rule}, {rule.Removed.Count:N0} no longer do.");
            WriteIds(output, "now match", rule.Added);
            WriteIds(output, "no longer", rule.Removed);
        }

        output.WriteLine($"Stories: {stories.Moved:N0} of {stories.Scanned:N0} items changed story; {stories.Stories:N0} stories have two or more items.");
    }

    private static void WriteIds(TextWriter output, string label, List<int> ids)
    {
        if (ids.Count > 0)
        {
            output.WriteLine($"  {label}: {string.Join(", ", ids)}");
        }
    }

    private static object ToJson(RescanReport report, ReclusterReport stories) => new
    {
        scanned = report.Scanned,
        rewritten = report.Rewritten,
        rules = report.Rules.Select(rule => new { rule = rule.Rule, added = rule.Added, removed = rule.Removed }),
        stories = new { scanned = stories.Scanned, moved = stories.Moved, multiItemStories = stories.Stories },
    };
}

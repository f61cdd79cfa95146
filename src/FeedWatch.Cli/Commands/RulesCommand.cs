using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Storage;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch rules</c>: the watch rules in the config, and how often each fired lately.</summary>
internal static class RulesCommand
{
    private static readonly string[] CsvHeaders = ["name", "version", "terms", "exclude", "patterns", "fields", "webhook", "hits24h", "hits7d"];

    public static Command Create(CliConsole console)
    {
        var format = FormatOption.ForLists(console);
        var command = new Command("rules", "List the watch rules with their terms and the items each flagged in the last 24 hours and 7 days.") { format };
        command.SetAction(parse =>
        {
            var rules = CliConfig.Load(parse).Watch;
            using var store = StoreOpener.Open(parse);
            var now = console.Time.GetUtcNow().UtcDateTime;
            var rows = rules.Select(rule => new RuleRow(
                rule, WatchRuleVersion.Of(rule), store.CountFlagged(rule.Name, now.AddDays(-1)), store.CountFlagged(rule.Name, now.AddDays(-7)))).ToList();
            Write(console, rows, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, List<RuleRow> rows, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.WriteArray(console.Out, rows.Select(ToJson));
                break;
            case OutputFormat.Ndjson:
                JsonOutput.WriteLines(console.Out, rows.Select(ToJson));
                break;
            case OutputFormat.Csv:
                CsvWriter.WriteRow(console.Out, CsvHeaders);
                foreach (var row in rows)
                {
                    CsvWriter.WriteRow(console.Out,
                    [
                        row.Rule.Name, row.Version, Joined(row.Rule.Terms), Joined(row.Rule.Exclude), Joined(row.Rule.Patterns),
                        Joined(row.Rule.Fields), row.Rule.Webhook, Number(row.Hits24h), Number(row.Hits7d),
                    ]);
                }

                break;
            default:
                TableWriter.Write(console.Out, ["RULE", "24H", "7D", "TERMS", "EXCLUDE", "VERSION"],
                    rows.Select(row => (IReadOnlyList<string>)
                    [
                        row.Rule.Name, Number(row.Hits24h), Number(row.Hits7d),
                        Joined(row.Rule.Terms.Concat(row.Rule.Patterns.Select(p => $"/{p}/"))), Joined(row.Rule.Exclude), row.Version,
                    ]).ToList());
                break;
        }
    }

    private static string Joined(IEnumerable<string> values) => string.Join("; ", values);

    private static RuleJson ToJson(RuleRow row) => new(
        row.Rule.Name,
        row.Version,
        row.Rule.Terms,
        row.Rule.Exclude,
        row.Rule.Patterns,
        row.Rule.Fields.Count == 0 ? MatchField.Names : row.Rule.Fields,
        row.Rule.CaseSensitive,
        row.Rule.Webhook,
        row.Hits24h,
        row.Hits7d);

    private sealed record RuleRow(WatchRuleDefinition Rule, string Version, int Hits24h, int Hits7d);
}

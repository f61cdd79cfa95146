using System.CommandLine;
using System.Globalization;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch stats</c>: items per UTC day per rule or per feed, as bar charts for a person or one
/// record per (day, kind, key) for a script. Reads the store's daily counters, never the items, so a
/// year of a million items costs the same as a quiet week.
/// </summary>
internal static class StatsCommand
{
    private static readonly string[] CsvHeaders = ["day", "kind", "key", "count"];

    public static Command Create(CliConsole console)
    {
        var since = new Option<string?>("--since") { Description = $"first day, included: a span back from now (7d, 2w) or a date such as 2026-10-01; days are UTC days (default {StatsRange.DefaultSince})" };
        var until = new Option<string?>("--until") { Description = "last day, included: a date such as 2026-11-01 or a span back from now (default today)" };
        var by = new Option<StatsKind?>("--by") { Description = "rule or feed: which counts to chart (the table shows rules unless told); json, ndjson and csv give both unless told" };
        var rule = new Option<string?>("--rule") { Description = "only this rule's counts (implies --by rule)" };
        var feed = new Option<string?>("--feed") { Description = "only this feed's counts (implies --by feed)" };
        var format = FormatOption.ForLists(console);
        var command = new Command("stats",
            "Items per day per watch rule or per feed: bar charts on a terminal, or one record per day and rule or feed (json, ndjson, csv; days without items are left out).")
        {
            since, until, by, rule, feed, format,
        };
        command.SetAction(parse =>
        {
            var range = StatsRange.Parse(parse.GetValue(since), parse.GetValue(until), console);
            var filter = StatsFilter.From(parse.GetValue(by), CliConfig.CanonicalRuleName(parse, parse.GetValue(rule)), parse.GetValue(feed));
            using var store = StoreOpener.Open(parse);
            CountOlderDatabase(store, console);
            var counts = store.GetDailyCounts(range.FromDay, range.ToDay)
                .Where(filter.Includes)
                .OrderBy(count => count.Day).ThenBy(count => count.Kind, StringComparer.Ordinal).ThenBy(count => count.Key, StringComparer.Ordinal)
                .ToList();
            Write(console, range, filter, counts, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// A database last written before the counters existed has none until the daemon restarts; count
    /// it now rather than chart nothing. That reads every item once, so a person is told why it waits.
    /// </summary>
    private static void CountOlderDatabase(IItemStore store, CliConsole console)
    {
        if (!store.DailyCountsMissing())
        {
            return;
        }

        if (console.IsTerminal)
        {
            console.Error.WriteLine("Counting stored items per day, once for this database (written before the counts existed)…");
        }

        store.RebuildDailyCounts();
    }

    private static void Write(CliConsole console, StatsRange range, StatsFilter filter, List<DailyCount> counts, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.WriteArray(console.Out, counts.Select(ToJson));
                break;
            case OutputFormat.Ndjson:
                JsonOutput.WriteLines(console.Out, counts.Select(ToJson));
                break;
            case OutputFormat.Csv:
                CsvWriter.WriteRow(console.Out, CsvHeaders);
                foreach (var count in counts)
                {
                    CsvWriter.WriteRow(console.Out, [StatsRange.Text(count.Day), count.Kind, count.Key, count.Count.ToString(CultureInfo.InvariantCulture)]);
                }

                break;
            default:
                var kind = filter.ChartKind;
                var keys = filter.Key is { } only ? [only] : counts.Where(count => count.Kind == kind).Select(count => count.Key).Distinct().Order(StringComparer.Ordinal).ToList();
                if (keys.Count == 0)
                {
                    console.Error.WriteLine($"No items from {StatsRange.Text(range.FromDay)} to {StatsRange.Text(range.ToDay)}.");
                }

                StatsChart.Write(AnsiOutput.Create(console), range, kind, keys, counts);
                break;
        }
    }

    private static DailyCountJson ToJson(DailyCount count) => new(StatsRange.Text(count.Day), count.Kind, count.Key, count.Count);
}

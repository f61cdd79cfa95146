using System.Globalization;
using FeedWatch.Core.Storage;
using Spectre.Console;

namespace FeedWatch.Cli.Output;

/// <summary>
/// One bar chart per feed or rule, busiest first: its items on each day of the range, days without
/// any shown as 0. All charts share one scale, so a longer bar means more items whichever chart it is in.
/// </summary>
internal static class StatsChart
{
    public static void Write(IAnsiConsole output, StatsRange range, string kind, IReadOnlyList<string> keys, IReadOnlyList<DailyCount> counts)
    {
        var byKey = counts.Where(count => count.Kind == kind)
            .GroupBy(count => count.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToDictionary(count => count.Day.Date, count => count.Count), StringComparer.Ordinal);
        var days = range.Days().ToList();
        var scale = Math.Max(1, byKey.Values.SelectMany(perDay => perDay.Values).DefaultIfEmpty(0).Max());
        foreach (var key in keys.OrderByDescending(key => byKey.GetValueOrDefault(key)?.Values.Sum() ?? 0).ThenBy(key => key, StringComparer.Ordinal))
        {
            var perDay = byKey.GetValueOrDefault(key) ?? [];
            var total = perDay.Values.Sum();
            // Feed ids and rule names come from configs and feeds; "[red]" in one is text, not markup.
            var chart = new BarChart
            {
                Label = $"[bold]{Markup.Escape(TerminalText.Clean(key))}[/] ({kind}): {Items(total)}, {StatsRange.Text(range.FromDay)} to {StatsRange.Text(range.ToDay)}",
                LabelAlignment = Justify.Left,
                Culture = CultureInfo.InvariantCulture,
                MaxValue = scale,
            };
            foreach (var day in days)
            {
                chart.AddItem(StatsRange.Text(day), perDay.GetValueOrDefault(day), Color.Blue);
            }

            output.Write(chart);
            output.WriteLine();
        }
    }

    private static string Items(int total) => total == 1 ? "1 item" : $"{total.ToString("N0", CultureInfo.InvariantCulture)} items";
}

using System.Globalization;

namespace FeedWatch.Cli;

/// <summary>
/// The UTC days <c>feedwatch stats</c> covers. The store counts items per UTC day, so a range is
/// whole days: every day that <c>--since</c> … <c>--until</c> touches, both ends included.
/// </summary>
internal sealed record StatsRange(DateTime FromDay, DateTime ToDay)
{
    public const string DefaultSince = "30d";

    public IEnumerable<DateTime> Days()
    {
        for (var day = FromDay; day <= ToDay; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public static StatsRange Parse(string? since, string? until, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var today = console.Time.GetUtcNow().UtcDateTime.Date;
        var from = Day(since ?? DefaultSince, "--since", console);
        var to = until is null ? today : Day(until, "--until", console);
        if (from > to)
        {
            throw new CliException(ExitCodes.UsageOrConfig, $"--since ({Text(from)}) is after --until ({Text(to)}).");
        }

        return new StatsRange(from, to);
    }

    public static string Text(DateTime day) => day.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static DateTime Day(string text, string optionName, CliConsole console)
    {
        // A bare date names that day as the counters know it (UTC); read as local midnight it would
        // fall on the day before for every analyst east of Greenwich.
        if (DateTime.TryParseExact(text.Trim(), "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        return SinceParser.ParseOption(text, optionName, console)!.Value.Date;
    }
}

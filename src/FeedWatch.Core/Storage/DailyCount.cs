using System.Globalization;

namespace FeedWatch.Core.Storage;

/// <summary>
/// Items of one day (UTC, by first-seen time) for one feed or one rule: kept up to date by every
/// write, so that <c>feedwatch stats</c> over a year reads a few hundred small documents instead of
/// every item.
/// </summary>
public sealed class DailyCount
{
    public const string FeedKind = "feed";
    public const string RuleKind = "rule";

    /// <summary><c>yyyy-MM-dd|kind|key</c>: sorts by day, so a date range is an id range.</summary>
    public string Id { get; set; } = "";

    public DateTime Day { get; set; }

    public string Kind { get; set; } = "";

    public string Key { get; set; } = "";

    public int Count { get; set; }

    public static string IdOf(DateTime day, string kind, string key) => $"{DayPrefix(day)}{kind}|{key}";

    /// <summary>What every id of that day starts with.</summary>
    public static string DayPrefix(DateTime day) => day.ToString("yyyy'-'MM'-'dd'|'", CultureInfo.InvariantCulture);
}

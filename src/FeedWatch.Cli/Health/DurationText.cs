using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedWatch.Cli.Health;

/// <summary>Spans as people type and read them: <c>90s</c>, <c>2m</c>, <c>6h</c>, <c>1d</c>; printed as <c>8h 5m</c>.</summary>
internal static partial class DurationText
{
    public const string Help = "a span such as 90s, 2m, 6h or 1d";

    public static TimeSpan? TryParse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    /// <summary>The two largest units, rounded down: "45s", "12m", "8h 5m", "2d 3h".</summary>
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        static string Two(int major, string majorUnit, int minor, string minorUnit) =>
            minor == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{major}{majorUnit}")
                : string.Create(CultureInfo.InvariantCulture, $"{major}{majorUnit} {minor}{minorUnit}");

        return span switch
        {
            { TotalDays: >= 1 } => Two((int)span.TotalDays, "d", span.Hours, "h"),
            { TotalHours: >= 1 } => Two(span.Hours, "h", span.Minutes, "m"),
            { TotalMinutes: >= 1 } => Two(span.Minutes, "m", span.Seconds, "s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{span.Seconds}s"),
        };
    }

    [GeneratedRegex(@"^([1-9]\d{0,5})\s*([smhd])$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedWatch.Cli;

/// <summary>Reads <c>--since</c>: a span back from now (<c>30m</c>, <c>6h</c>, <c>7d</c>, <c>2w</c>) or a date/time.</summary>
internal static partial class SinceParser
{
    public const string Help = "how far back: 30m, 6h, 7d, 2w, or a date such as 2026-11-01 (local time) or 2026-11-01T08:00Z";

    /// <summary>An option's value, or null when it was not given; a value that is not understood is a usage error.</summary>
    public static DateTime? ParseOption(string? text, string optionName, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (text is null)
        {
            return null;
        }

        return TryParse(text, console.Time.GetUtcNow(), console.Zone)
            ?? throw new CliException(ExitCodes.UsageOrConfig, $"{optionName} '{text}' is not understood; use {Help}.");
    }

    public static DateTime? TryParse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var relative = RelativePattern().Match(text.Trim());
        if (relative.Success)
        {
            var amount = int.Parse(relative.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var span = relative.Groups[2].Value.ToLowerInvariant() switch
            {
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
            // "999999d" reaches before year 1: not a date the analyst can mean.
            return now - DateTimeOffset.MinValue > span ? (now - span).UtcDateTime : null;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return null;
        }

        // A date without a zone means the analyst's own local time, the same zone the tables show.
        return parsed.Kind == DateTimeKind.Unspecified
            ? TimeZoneInfo.ConvertTimeToUtc(parsed, zone)
            : parsed.ToUniversalTime();
    }

    [GeneratedRegex(@"^(\d{1,6})\s*([mhdw])$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePattern();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Reads the dates feeds really send: RFC 822 with wrong weekdays, two-digit years, zone names
/// (CET, PKT, EDT…), ISO 8601 with or without an offset. Anything else is unknown (null), never "now".
/// </summary>
public static partial class LenientDateParser
{
    private static readonly Dictionary<string, TimeSpan> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["WET"] = TimeSpan.Zero, ["BST"] = TimeSpan.FromHours(1), ["IST"] = new TimeSpan(5, 30, 0),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["MET"] = TimeSpan.FromHours(1),
        ["MEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3), ["PKT"] = TimeSpan.FromHours(5), ["AFT"] = new TimeSpan(4, 30, 0),
        ["IRST"] = new TimeSpan(3, 30, 0), ["GST"] = TimeSpan.FromHours(4), ["NPT"] = new TimeSpan(5, 45, 0),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9), ["HKT"] = TimeSpan.FromHours(8),
        ["SGT"] = TimeSpan.FromHours(8), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["AKST"] = TimeSpan.FromHours(-9),
        ["AKDT"] = TimeSpan.FromHours(-8), ["HST"] = TimeSpan.FromHours(-10),
    };

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const int MaxDateLength = 100;

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxDateLength)
        {
            return null;
        }

        text = text.Trim();
        return ParseRfc822(text) ?? ParseIso8601(text);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var match = Rfc822Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(MonthNames, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Length == 2)
        {
            // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
            year += year < 50 ? 2000 : 1900;
        }

        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (month < 1 || day is < 1 or > 31 || hour > 24 || minute > 59 || second > 60)
        {
            return null;
        }

        var offset = ParseZone(match.Groups["zone"].Value);
        if (offset is null)
        {
            return null;
        }

        try
        {
            // "24:00" and leap seconds are rolled forward rather than rejected.
            var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
                .AddHours(hour).AddMinutes(minute).AddSeconds(second);
            return new DateTimeOffset(local, offset.Value).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan? ParseZone(string zone)
    {
        if (zone.Length == 0)
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length is not (2 or 4) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            var hours = digits.Length == 2 ? value : value / 100;
            var minutes = digits.Length == 2 ? 0 : value % 100;
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }

        // Unknown zone names are read as UTC rather than losing the whole date.
        return ZoneOffsets.TryGetValue(zone, out var known) ? known : TimeSpan.Zero;
    }

    private static DateTimeOffset? ParseIso8601(string text)
    {
        // Without a year, .NET fills the gaps from today's date: "14:30" would become "now".
        if (!FourDigitYear().IsMatch(text))
        {
            return null;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigitYear();

    // Weekday ignored (often wrong); month name may be full; seconds and zone optional.
    [GeneratedRegex(
        @"^(?:[A-Za-z]+,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>[A-Za-z]{3,9})\.?[\s-]+(?<year>\d{4}|\d{2})\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2}|[+-]\d{2})?\s*(?:\([^)]*\))?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Rfc822Pattern();
}

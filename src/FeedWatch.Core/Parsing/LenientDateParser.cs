using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Reads the dates feeds really send: RFC 822/1123 with or without weekday (often wrong), seconds
/// or zone; 12-hour clocks; zone names and military letters; two-digit years; ISO 8601 and W3C-DTF
/// with single-digit fields or reduced precision; asctime and "Month day, year". Anything else is
/// unknown (null), never "now" and never an error for the feed.
/// </summary>
public static partial class LenientDateParser
{
    private const int MaxDateLength = 100;

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxDateLength)
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        if (CommonDateForms.TryParse(trimmed) is { } common)
        {
            return common;
        }

        text = trimmed.ToString();
        foreach (var pattern in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return FromMatch(match);
            }
        }

        return null;
    }

    private static readonly Regex[] Patterns = [Rfc822(), Iso8601(), Asctime(), MonthDayYear()];

    private static DateTimeOffset? FromMatch(Match match)
    {
        var month = MonthOf(match);
        var year = Number(match, "year", 0);
        if (match.Groups["year"].Length == 2)
        {
            // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
            year += year < 50 ? 2000 : 1900;
        }

        var day = Number(match, "day", 1);
        var hour = Number(match, "hour", 0);
        var minute = Number(match, "minute", 0);
        var second = Number(match, "second", 0);
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 24 || minute > 59 || second > 60)
        {
            return null;
        }

        var offset = ZoneNames.OffsetOf(match.Groups["zone"].ValueSpan);
        if (offset is null)
        {
            return null;
        }

        try
        {
            // "24:00" and leap seconds are rolled forward rather than rejected.
            var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
                .AddHours(hour).AddMinutes(minute).AddSeconds(second).Add(Fraction(match));
            return new DateTimeOffset(local, offset.Value).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            // 31 February, year 0, or an instant out of DateTimeOffset's range.
            return null;
        }
    }

    private static int MonthOf(Match match)
    {
        var name = match.Groups["monthName"];
        if (!name.Success)
        {
            return Number(match, "month", 1);
        }

        return name.Length < 3 ? 0 : CommonDateForms.MonthNumber(name.ValueSpan[..3]);
    }

    private static int Number(Match match, string group, int absent) =>
        match.Groups[group] is { Success: true } g ? int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : absent;

    private static TimeSpan Fraction(Match match)
    {
        var digits = match.Groups["fraction"];
        if (!digits.Success)
        {
            return TimeSpan.Zero;
        }

        var ticks = digits.Value.Length > 7 ? digits.Value[..7] : digits.Value.PadRight(7, '0');
        return TimeSpan.FromTicks(long.Parse(ticks, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private const string Time =
        @"(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{1,2}))?(?:[.,](?<fraction>\d+))?(?:\s*(?<ampm>[AaPp])\.?[Mm]\.?)?";

    private const string Zone = @"(?<zone>[A-Za-z]{1,5}|[+-]\d{1,2}(?::\d{1,2}|\d{2})?)";

    // "Wed, 02 Oct 2002 13:00:00 GMT": weekday ignored, month may be full or dotted, time optional,
    // a parenthesised comment such as "(PDT)" allowed at the end.
    [GeneratedRegex(
        @"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?<monthName>[A-Za-z]{3,9})\.?,?[\s-]+(?<year>\d{4}|\d{2})(?:,?\s+" + Time + @")?(?:\s*" + Zone + @")?\s*(?:\([^)]*\))?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Rfc822();

    // ISO 8601 / W3C-DTF, extended or basic, down to the year; "T" or a space before the time.
    // Year-first dates written with slashes or dots ("2020/1/10") are read the same way.
    [GeneratedRegex(
        @"^(?<year>\d{4})(?:[-/.]?(?<month>\d{1,2})(?:[-/.]?(?<day>\d{1,2}))?)?(?:(?:T|\s+)(?<hour>\d{1,2}):?(?<minute>\d{2})(?::?(?<second>\d{1,2}))?(?:[.,](?<fraction>\d+))?)?\s*(?<zone>Z|[A-Za-z]{2,5}|[+-]\d{1,2}(?::\d{1,2}|\d{2})?)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Iso8601();

    // C asctime and Unix date(1): "Sun Jan  4 16:29:06 2004", "Sun Jan 4 16:29:06 PST 2004".
    [GeneratedRegex(
        @"^(?:[A-Za-z]+,?\s+)?(?<monthName>[A-Za-z]{3,9})\s+(?<day>\d{1,2})\s+" + Time + @"(?:\s+" + Zone + @")?\s+(?<year>\d{4})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Asctime();

    // "January 4, 2004", "Jan 4 2004 4:29 PM EST", "Sunday, January 4, 2004 16:29".
    [GeneratedRegex(
        @"^(?:[A-Za-z]+,?\s+)?(?<monthName>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?:,?\s+(?:at\s+)?" + Time + @")?(?:\s*" + Zone + @")?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MonthDayYear();
}

using System.Globalization;

namespace FeedWatch.Core.Parsing;

/// <summary>Time-zone designators found in feed dates: numeric offsets, names and military letters.</summary>
internal static class ZoneNames
{
    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["WET"] = TimeSpan.Zero, ["BST"] = TimeSpan.FromHours(1), ["IST"] = new TimeSpan(5, 30, 0),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["MET"] = TimeSpan.FromHours(1),
        ["MEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3), ["PKT"] = TimeSpan.FromHours(5), ["AFT"] = new TimeSpan(4, 30, 0),
        ["IRST"] = new TimeSpan(3, 30, 0), ["GST"] = TimeSpan.FromHours(4), ["NPT"] = new TimeSpan(5, 45, 0),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9), ["HKT"] = TimeSpan.FromHours(8),
        ["SGT"] = TimeSpan.FromHours(8), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["AST"] = TimeSpan.FromHours(-4), ["ADT"] = TimeSpan.FromHours(-3), ["AT"] = TimeSpan.FromHours(-4),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["ET"] = TimeSpan.FromHours(-5),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5), ["CT"] = TimeSpan.FromHours(-6),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["MT"] = TimeSpan.FromHours(-7),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["PT"] = TimeSpan.FromHours(-8),
        ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8), ["HST"] = TimeSpan.FromHours(-10),
        ["NZST"] = TimeSpan.FromHours(12), ["NZDT"] = TimeSpan.FromHours(13), ["WIB"] = TimeSpan.FromHours(7),
    };

    /// <returns>The offset, or null for a malformed numeric offset (the date is then unknown).</returns>
    public static TimeSpan? OffsetOf(ReadOnlySpan<char> zone)
    {
        if (zone.Length == 0)
        {
            // No zone: UTC, as feed readers assume.
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            return NumericOffset(zone);
        }

        // Military letters (RFC 822 "A"–"Y") were defined with the wrong sign; RFC 2822 section
        // 4.3 says to read them as UTC, and so are names we do not know: the date is kept, the
        // zone error is at most a day.
        return NamedOffsets.TryGetValue(zone, out var known) ? known : TimeSpan.Zero;
    }

    /// <summary>"+0500", "+05:00", "+05", and the sloppy "+5:30" or "+00:0".</summary>
    private static readonly Dictionary<string, TimeSpan>.AlternateLookup<ReadOnlySpan<char>> NamedOffsets =
        Offsets.GetAlternateLookup<ReadOnlySpan<char>>();

    private static TimeSpan? NumericOffset(ReadOnlySpan<char> zone)
    {
        var body = zone[1..];
        var colon = body.IndexOf(':');
        var hoursLength = colon >= 0 ? colon : body.Length > 2 ? body.Length - 2 : body.Length;
        var hourDigits = body[..hoursLength];
        var minuteDigits = colon >= 0 ? body[(colon + 1)..] : body[hoursLength..];
        if (minuteDigits.IsEmpty)
        {
            minuteDigits = "0";
        }

        if (!int.TryParse(hourDigits, NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(minuteDigits, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return null;
        }

        var span = new TimeSpan(hours, minutes, 0);
        return zone[0] == '-' ? -span : span;
    }
}

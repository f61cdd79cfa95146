namespace FeedWatch.Core.Parsing;

/// <summary>
/// The two date forms nearly every feed uses, read without allocating: RFC 1123
/// (<c>Wed, 02 Oct 2002 13:00:00 GMT</c>, <c>+0500</c>) and RFC 3339 (<c>2002-10-02T13:00:00Z</c>).
/// Dates are read once per entry per poll, so the general regex-based reader is kept for the rest.
/// </summary>
internal static class CommonDateForms
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <returns>The instant, or null when the text is not exactly one of the two forms.</returns>
    public static DateTimeOffset? TryParse(ReadOnlySpan<char> text) =>
        text.Length > 0 && char.IsAsciiDigit(text[0]) && text.Length >= 4 && char.IsAsciiDigit(text[3]) ? Rfc3339(text) : Rfc1123(text);

    private static DateTimeOffset? Rfc1123(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        if (comma is > 0 and < 10)
        {
            text = text[(comma + 1)..].TrimStart(' ');
        }

        var i = 0;
        if (!Digits(text, ref i, 1, 2, out var day) || !Expect(text, ref i, ' ') || i + 3 > text.Length)
        {
            return null;
        }

        var month = MonthNumber(text.Slice(i, 3));
        i += 3;
        if (month == 0 || !Expect(text, ref i, ' ') || !Digits(text, ref i, 4, 4, out var year) || !Expect(text, ref i, ' ')
            || !Time(text, ref i, out var hour, out var minute, out var second) || !Expect(text, ref i, ' '))
        {
            return null;
        }

        var zone = text[i..];
        var wellFormedZone = zone.Length is >= 1 and <= 5 && !zone.ContainsAnyExcept(AsciiLetters)
            || zone.Length == 5 && zone[0] is '+' or '-' && !zone[1..].ContainsAnyExceptInRange('0', '9');
        return wellFormedZone ? Build(year, month, day, hour, minute, second, 0, ZoneNames.OffsetOf(zone)) : null;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>1–12 for "Jan"…"Dec" in any case; 0 for anything else. Shared with <see cref="LenientDateParser"/>.</summary>
    public static int MonthNumber(ReadOnlySpan<char> abbreviation)
    {
        for (var m = 0; m < Months.Length; m++)
        {
            if (abbreviation.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static DateTimeOffset? Rfc3339(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (!Digits(text, ref i, 4, 4, out var year) || !Expect(text, ref i, '-') || !Digits(text, ref i, 2, 2, out var month)
            || !Expect(text, ref i, '-') || !Digits(text, ref i, 2, 2, out var day) || !Expect(text, ref i, 'T')
            || !Time(text, ref i, out var hour, out var minute, out var second))
        {
            return null;
        }

        var ticks = 0L;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (i - start < 7)
                {
                    ticks = ticks * 10 + (text[i] - '0');
                }

                i++;
            }

            for (var scale = i - start; scale < 7; scale++)
            {
                ticks *= 10;
            }
        }

        var zone = text[i..];
        TimeSpan? offset = zone is "Z" or "z" ? TimeSpan.Zero
            : zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':' ? ZoneNames.OffsetOf(zone)
            : null;
        return Build(year, month, day, hour, minute, second, ticks, offset);
    }

    private static bool Time(ReadOnlySpan<char> text, ref int i, out int hour, out int minute, out int second)
    {
        second = 0;
        if (!Digits(text, ref i, 2, 2, out hour) | !Expect(text, ref i, ':') | !Digits(text, ref i, 2, 2, out minute))
        {
            return false;
        }

        return i >= text.Length || text[i] != ':' || (Expect(text, ref i, ':') && Digits(text, ref i, 2, 2, out second));
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, long ticks, TimeSpan? offset)
    {
        if (offset is null || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            // Out-of-range fields ("24:00", leap seconds) are the general reader's to roll forward or refuse.
            return null;
        }

        var utcTicks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + ticks - offset.Value.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int i, char expected)
    {
        if (i >= text.Length || text[i] != expected)
        {
            return false;
        }

        i++;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, ref int i, int min, int max, out int value)
    {
        value = 0;
        var start = i;
        while (i < text.Length && i - start < max && char.IsAsciiDigit(text[i]))
        {
            value = value * 10 + (text[i] - '0');
            i++;
        }

        return i - start >= min;
    }
}

using System.Globalization;

namespace FeedWatch.Core.Parsing;

/// <summary>A feed's own statement of how often it changes: RSS 2.0 <c>ttl</c> or the RSS 1.0 syndication module.</summary>
internal static class FeedTtl
{
    // Longer than a week is not a refresh hint but a mistake; it would silence a feed.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public static int? Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    public static TimeSpan? From(int? ttlMinutes, string? updatePeriod, int? updateFrequency)
    {
        var ttl = ttlMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : FromSyndication(updatePeriod, updateFrequency);
        return ttl is { } value && value > TimeSpan.Zero ? (value < Longest ? value : Longest) : null;
    }

    private static TimeSpan? FromSyndication(string? period, int? frequency)
    {
        if (period is null && frequency is null)
        {
            return null;
        }

        // The syndication module's default period is daily.
        TimeSpan? length = (period ?? "daily").ToLowerInvariant() switch
        {
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            "weekly" => TimeSpan.FromDays(7),
            "monthly" => TimeSpan.FromDays(30),
            "yearly" => TimeSpan.FromDays(365),
            _ => null,
        };
        return length / (frequency ?? 1);
    }
}

using System.Globalization;

namespace FeedWatch.Cli.Output;

/// <summary>People read local time with its zone; machines read ISO 8601 UTC.</summary>
internal static class TimeFormat
{
    public static string Local(DateTime? utc, TimeZoneInfo zone)
    {
        if (utc is null)
        {
            return "unknown";
        }

        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc)), zone);
        return local.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
    }

    public static string? Iso(DateTime? utc) =>
        utc?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

using System.Text.Json;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>Responses the feed server sent, from its <c>/__stats</c> counters.</summary>
internal sealed record HttpStatusCounts(int Ok, int NotModified, int Other)
{
    public static HttpStatusCounts None { get; } = new(0, 0, 0);

    public static HttpStatusCounts FromStats(JsonElement stats)
    {
        int ok = 0, notModified = 0, other = 0;
        foreach (var status in stats.GetProperty("by_status").EnumerateObject())
        {
            var count = status.Value.GetInt32();
            switch (status.Name)
            {
                case "200":
                    ok += count;
                    break;
                case "304":
                    notModified += count;
                    break;
                default:
                    other += count;
                    break;
            }
        }

        return new HttpStatusCounts(ok, notModified, other);
    }

    public HttpStatusCounts Since(HttpStatusCounts earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new HttpStatusCounts(Ok - earlier.Ok, NotModified - earlier.NotModified, Other - earlier.Other);
    }

    public override string ToString() => Other == 0 ? $"{Ok}/{NotModified}" : $"{Ok}/{NotModified} +{Other}";
}

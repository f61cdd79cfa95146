using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// The counts of one UTC day (id <c>yyyy-MM-dd</c>) or of all time (id <c>total</c>, which sorts
/// after every date) in one document: each kind a list of [key, count] pairs. A year is 365
/// documents, not one per day, feed and rule: reading 30,000 small documents cost more than the
/// 300 ms a `stats --since 365d` may take.
/// </summary>
internal static class DailyCountDocument
{
    public const string TotalId = "total";

    public static string IdOf(DateTime day) => DailyCount.DayPrefix(day).TrimEnd('|');

    public static int Get(BsonDocument? document, string kind, string key) =>
        document is not null && document.TryGetValue(kind, out var pairs)
            ? pairs.AsArray.Where(pair => pair.AsArray[0].AsString == key).Select(pair => pair.AsArray[1].AsInt32).FirstOrDefault()
            : 0;

    public static void Add(BsonDocument document, string kind, string key, int delta)
    {
        if (!document.TryGetValue(kind, out var value))
        {
            value = new BsonArray();
            document[kind] = value;
        }

        var pairs = value.AsArray;
        var pair = pairs.Select(p => p.AsArray).FirstOrDefault(p => p[0].AsString == key);
        if (pair is null)
        {
            pairs.Add(new BsonArray(new BsonValue(key), new BsonValue(delta)));
        }
        else
        {
            pair[1] = pair[1].AsInt32 + delta;
        }
    }

    /// <summary>The non-zero counts of a day document, as records.</summary>
    public static IEnumerable<DailyCount> Counts(BsonDocument document)
    {
        var day = DateTime.SpecifyKind(DateTime.ParseExact(document["_id"].AsString, "yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        foreach (var kind in new[] { DailyCount.FeedKind, DailyCount.RuleKind })
        {
            if (!document.TryGetValue(kind, out var pairs))
            {
                continue;
            }

            foreach (var pair in pairs.AsArray.Select(p => p.AsArray).Where(p => p[1].AsInt32 != 0))
            {
                var key = pair[0].AsString;
                yield return new DailyCount { Id = DailyCount.IdOf(day, kind, key), Day = day, Kind = kind, Key = key, Count = pair[1].AsInt32 };
            }
        }
    }
}

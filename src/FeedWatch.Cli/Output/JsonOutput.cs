using System.Text.Json;

namespace FeedWatch.Cli.Output;

/// <summary>The two JSON list shapes: one indented array, or one compact object a line (written as it goes).</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions LineOptions = new(ItemJson.Options) { WriteIndented = false };

    public static void WriteArray<T>(TextWriter output, IEnumerable<T> records) =>
        output.WriteLine(JsonSerializer.Serialize(records, ItemJson.Options));

    public static void WriteLines<T>(TextWriter output, IEnumerable<T> records)
    {
        foreach (var record in records)
        {
            output.WriteLine(JsonSerializer.Serialize(record, LineOptions));
        }
    }
}

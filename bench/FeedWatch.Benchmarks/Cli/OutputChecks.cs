using System.Globalization;
using System.Text.Json;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// Is a command's output what the generated database should give? A fast command that printed
/// nothing, or the wrong items, must not pass for a fast command.
/// </summary>
internal static class OutputChecks
{
    /// <summary>
    /// An ndjson item list, newest first; <paramref name="expected"/> null accepts 1 to 50 items (a small
    /// trial database may hold fewer than a page).
    /// </summary>
    public static OutputCheck Items(TimedRun run, int? expected, Func<JsonElement, string?> each)
    {
        var lines = File.ReadAllLines(run.OutputFile);
        var observed = $"{lines.Length} items";
        var previous = int.MaxValue;
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var item = document.RootElement;
            var id = item.GetProperty("id").GetInt32();
            if (id >= previous)
            {
                return OutputCheck.Bad(observed, $"item {id} listed after item {previous}: not newest first");
            }

            previous = id;
            if (each(item) is { } problem)
            {
                return OutputCheck.Bad(observed, $"item {id}: {problem}");
            }
        }

        return lines.Length == 0 || (expected is { } count && lines.Length != count)
            ? OutputCheck.Bad(observed, $"expected {expected?.ToString(CultureInfo.InvariantCulture) ?? "1 to 50"} items")
            : new OutputCheck(observed);
    }

    /// <summary>Null when the item was first seen after <paramref name="since"/> back from now (a minute's slack for the run itself).</summary>
    public static string? SeenWithin(JsonElement item, TimeSpan since)
    {
        var text = item.GetProperty("firstSeen").GetString();
        var seen = DateTime.Parse(text!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        return seen >= DateTime.UtcNow - since - TimeSpan.FromMinutes(1) ? null : $"first seen {text}, before the window";
    }

    public static string? HasRule(JsonElement item, string rule) =>
        item.GetProperty("matches").EnumerateArray().Any(match => match.GetProperty("rule").GetString() == rule) ? null : $"not flagged by {rule}";

    public static string? Contains(JsonElement item, string phrase) =>
        $"{item.GetProperty("title").GetString()} {item.GetProperty("summary").GetString()}".Contains(phrase, StringComparison.OrdinalIgnoreCase)
            ? null : $"no \"{phrase}\" in title or summary";

    public static string? Flagged(JsonElement item) => item.GetProperty("flagged").GetBoolean() ? null : "not flagged";

    /// <summary>Any other ndjson list: one JSON object a line.</summary>
    public static IReadOnlyList<JsonElement> JsonLines(string path) => File.ReadLines(path).Select(Json).ToList();

    /// <summary>A value that outlives its document.</summary>
    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Streams the file: an export of a million items is over a gigabyte.</summary>
    public static long CountLines(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    public static string FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine() ?? "";
    }
}

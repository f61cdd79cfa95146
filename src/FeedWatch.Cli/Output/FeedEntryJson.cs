using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FeedWatch.Core.Opml;

namespace FeedWatch.Cli.Output;

/// <summary>
/// A <c>Feeds</c> entry on one line, in the config's own style, so what <c>opml import</c> prints
/// can be pasted into the file and what <c>--write</c> adds looks like the entries around it.
/// </summary>
internal static class FeedEntryJson
{
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(OpmlImportEntry entry)
    {
        var json = new StringBuilder("{ \"Id\": ").Append(Quote(entry.Id)).Append(", \"Url\": ").Append(Quote(entry.Feed.Url));
        if (entry.Feed.Title is { } title)
        {
            json.Append(", \"Title\": ").Append(Quote(title));
        }

        if (!entry.Feed.Enabled)
        {
            json.Append(", \"Enabled\": false");
        }

        return json.Append(" }").ToString();
    }

    /// <summary>A JSON array, one entry a line: valid JSON for scripts, and its lines paste into "Feeds".</summary>
    public static string FormatArray(IEnumerable<OpmlImportEntry> entries)
    {
        var lines = entries.Select(entry => "  " + Format(entry)).ToList();
        return lines.Count == 0 ? "[]" : "[" + Environment.NewLine + string.Join("," + Environment.NewLine, lines) + Environment.NewLine + "]";
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, Strings);
}

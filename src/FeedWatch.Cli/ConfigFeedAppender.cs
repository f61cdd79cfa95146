using System.Text;
using System.Text.Json;

namespace FeedWatch.Cli;

/// <summary>
/// Adds entries at the end of a config file's <c>Feeds</c> array by splicing text into the file, not
/// by re-serializing it: every other byte (comments, which the config loader allows, key order,
/// one-line entries, a BOM, CRLF line ends) stays exactly as the editor left it.
/// </summary>
internal static class ConfigFeedAppender
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <param name="entries">Single-line JSON objects.</param>
    /// <exception cref="CliException">The file has no root object, or a <c>Feeds</c> that is not one array.</exception>
    public static byte[] Append(byte[] config, IReadOnlyList<string> entries)
    {
        var bom = config.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = config.AsSpan(bom);
        var newline = json.IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";
        var shape = Find(json);
        int at;
        string insert;
        if (shape is { FeedsStart: { } start, LastElementStart: { } lastStart, LastElementEnd: { } lastEnd })
        {
            var indent = ElementIndent(json, lastStart, start);
            at = lastEnd;
            insert = string.Concat(entries.Select(entry => "," + newline + indent + entry));
        }
        else if (shape.FeedsStart is { } emptyStart)
        {
            var indent = IndentOf(json, shape.PropertyStart);
            at = emptyStart + 1;
            insert = Lines(entries, newline, indent + "  ") + (json[at] == (byte)']' ? newline + indent : "");
        }
        else if (shape.LastRootValueEnd is { } end)
        {
            var indent = IndentOf(json, shape.PropertyStart);
            at = end;
            insert = "," + newline + indent + "\"Feeds\": [" + Lines(entries, newline, indent + "  ") + newline + indent + "]";
        }
        else
        {
            at = shape.RootStart + 1;
            insert = newline + "  \"Feeds\": [" + Lines(entries, newline, "    ") + newline + "  ]" + newline;
        }

        var added = Encoding.UTF8.GetBytes(insert);
        return [.. config.AsSpan(0, bom + at), .. added, .. config.AsSpan(bom + at)];
    }

    private static string Lines(IEnumerable<string> entries, string newline, string indent) =>
        string.Join(",", entries.Select(entry => newline + indent + entry));

    /// <summary>The indent of the existing entries, or one level in from <c>[</c> when they share its line.</summary>
    private static string ElementIndent(ReadOnlySpan<byte> json, int elementStart, int arrayStart)
    {
        var lineStart = json[..elementStart].LastIndexOf((byte)'\n') + 1;
        return lineStart > arrayStart ? IndentOf(json, elementStart) : IndentOf(json, arrayStart) + "  ";
    }

    /// <summary>The whitespace that starts the line <paramref name="position"/> is on.</summary>
    private static string IndentOf(ReadOnlySpan<byte> json, int position)
    {
        var lineStart = json[..position].LastIndexOf((byte)'\n') + 1;
        var line = json[lineStart..position];
        var length = line.IndexOfAnyExcept((byte)' ', (byte)'\t');
        return Encoding.UTF8.GetString(line[..(length < 0 ? line.Length : length)]);
    }

    private readonly record struct Shape(int RootStart, int PropertyStart, int? LastRootValueEnd, int? FeedsStart, int? LastElementStart, int? LastElementEnd);

    private static Shape Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CliException(ExitCodes.UsageOrConfig, "the config is not a JSON object");
        }

        var shape = new Shape((int)reader.TokenStartIndex, 0, null, null, null, null);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isFeeds = reader.GetString()!.Equals("Feeds", StringComparison.OrdinalIgnoreCase);
            var propertyStart = (int)reader.TokenStartIndex;
            reader.Read();
            if (isFeeds)
            {
                if (shape.FeedsStart is not null || reader.TokenType != JsonTokenType.StartArray)
                {
                    // The binder also reads "Feeds": {"0": {…}}; appending to that by hand is clearer than guessing.
                    throw new CliException(ExitCodes.UsageOrConfig, "--write appends to one \"Feeds\" array, and this config's Feeds is not one; add the printed entries by hand");
                }

                shape = FindLastElement(ref reader) with { PropertyStart = propertyStart, RootStart = shape.RootStart };
                continue;
            }

            reader.Skip();
            shape = shape.FeedsStart is null
                ? shape with { PropertyStart = propertyStart, LastRootValueEnd = (int)reader.BytesConsumed }
                : shape;
        }

        return shape;
    }

    /// <summary>Reads to the end of the array the reader is on; the result carries where its last element starts and ends.</summary>
    private static Shape FindLastElement(ref Utf8JsonReader reader)
    {
        var arrayStart = (int)reader.TokenStartIndex;
        var depth = reader.CurrentDepth;
        int? lastStart = null, lastEnd = null;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == depth))
        {
            lastStart = (int)reader.TokenStartIndex;
            reader.Skip();
            lastEnd = (int)reader.BytesConsumed;
        }

        return new Shape(0, 0, null, arrayStart, lastStart, lastEnd);
    }
}

using System.Text.Json;

namespace FeedWatch.Core.Configuration;

/// <summary>
/// Where a config file's JSON breaks. The JSON provider wraps the reader's error in two exceptions
/// whose messages only say "Failed to load configuration", and the reader counts lines from 0,
/// so the location is rebuilt as an editor shows it.
/// </summary>
internal static class JsonSyntaxError
{
    /// <returns>": line 5, byte 3: '\"' is invalid after a value…", or the exception's own message when no position is known.</returns>
    public static string Describe(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line, BytePositionInLine: { } position } json)
            {
                var message = json.Message;
                var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                // The reader's own suffix repeats the location 0-based, which would contradict ours.
                return $" at line {line + 1}, byte {position + 1}: {(cut >= 0 ? message[..cut] : message)}";
            }
        }

        return $": {exception.Message}";
    }
}

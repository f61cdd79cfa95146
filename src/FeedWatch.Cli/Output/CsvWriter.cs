namespace FeedWatch.Cli.Output;

/// <summary>RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.</summary>
internal static class CsvWriter
{
    /// <param name="keepLineBreaks">Line breaks stay inside quoted fields (a lossless export) instead of becoming spaces (a listing).</param>
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields, bool keepLineBreaks = false)
    {
        writer.Write(string.Join(',', fields.Select(field => Escape(field, keepLineBreaks))));
        writer.Write("\r\n");
    }

    private static string Escape(string? field, bool keepLineBreaks)
    {
        field = TerminalText.Clean(field, keepLineBreaks);
        // A leading = + - @ makes spreadsheets evaluate the cell; feed text must stay text.
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}

namespace FeedWatch.Cli.Output;

/// <summary>RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.</summary>
internal static class CsvWriter
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        writer.Write(string.Join(',', fields.Select(Escape)));
        writer.Write("\r\n");
    }

    private static string Escape(string? field)
    {
        field = TerminalText.Clean(field);
        // A leading = + - @ makes spreadsheets evaluate the cell; feed text must stay text.
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}

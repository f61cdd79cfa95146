namespace FeedWatch.Cli.Output;

/// <summary>Fixed-width columns for a person; the last column takes what is left and is truncated.</summary>
internal static class TableWriter
{
    private const int LastColumnWidth = 80;

    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var cleaned = rows.Select(row => row.Select(TerminalText.Clean).ToList()).ToList();
        var widths = headers.Select((header, column) => column == headers.Count - 1
            ? LastColumnWidth
            : Math.Max(header.Length, cleaned.Count == 0 ? 0 : cleaned.Max(row => row[column].Length))).ToList();
        WriteLine(writer, headers, widths);
        foreach (var row in cleaned)
        {
            WriteLine(writer, row, widths);
        }
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> cells, List<int> widths)
    {
        var parts = cells.Select((cell, column) => column == cells.Count - 1
            ? TerminalText.Truncate(cell, widths[column])
            : cell.PadRight(widths[column]));
        writer.WriteLine(string.Join("  ", parts).TrimEnd());
    }
}

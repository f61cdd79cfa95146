namespace FeedWatch.Benchmarks;

/// <summary>A plain-text table: the first <c>textColumns</c> columns left-aligned, numbers right-aligned.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int textColumns)
    {
        var widths = headers.Select((header, i) => Math.Max(header.Length, rows.Select(row => row[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        WriteRow(output, headers, widths, textColumns);
        WriteRow(output, widths.Select(width => new string('-', width)).ToArray(), widths, textColumns);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths, textColumns);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths, int textColumns) =>
        output.WriteLine(string.Join("  ", cells.Select((cell, i) => i < textColumns ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
}

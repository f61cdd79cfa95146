using System.Text.RegularExpressions;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>
/// Reads the CLI's fixed-width tables back into cells: columns are separated by two or more spaces.
/// An empty cell leaves no trace, so index the last column from the end.
/// </summary>
internal static partial class TableRows
{
    public static IReadOnlyList<string> Header(string output) => Cells(output.Split(Environment.NewLine)[0]);

    /// <summary>The cells of the row whose first cell is <paramref name="firstCell"/>.</summary>
    public static IReadOnlyList<string> Row(string output, string firstCell) =>
        output.Split(Environment.NewLine).Skip(1).Select(Cells).Single(cells => cells.Count > 0 && cells[0] == firstCell);

    private static List<string> Cells(string line) => [.. ColumnGap().Split(line.TrimEnd()).Where(cell => cell.Length > 0)];

    [GeneratedRegex(" {2,}")]
    private static partial Regex ColumnGap();
}

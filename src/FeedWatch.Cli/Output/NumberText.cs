using System.Globalization;

namespace FeedWatch.Cli.Output;

/// <summary>Numbers as the CLI prints them in ids, tables and summaries: invariant digits, whatever the machine's culture.</summary>
internal static class NumberText
{
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 feed", "3 feeds": a count and its noun, for one-line summaries.</summary>
    public static string Count(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? "" : "s")}";
}

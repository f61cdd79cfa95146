using System.Globalization;

namespace FeedWatch.Cli.Output;

/// <summary>"1 feed", "3 feeds": a count and its noun, for the one-line summaries of config and OPML commands.</summary>
internal static class CountText
{
    public static string Of(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}

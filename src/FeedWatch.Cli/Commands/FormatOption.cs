using System.CommandLine;
using FeedWatch.Cli.Output;

namespace FeedWatch.Cli.Commands;

internal static class FormatOption
{
    /// <summary>For verbs that print lists: table, json array or csv.</summary>
    public static Option<OutputFormat> ForLists() => new("--format", "-f")
    {
        Description = "table (for people), json (a JSON array with a stable shape) or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>For verbs that print one record: table or one json object.</summary>
    public static Option<SingleOutputFormat> ForOneRecord() => new("--format", "-f")
    {
        Description = "table (for people) or json (one JSON object with a stable shape)",
        DefaultValueFactory = _ => SingleOutputFormat.Table,
    };
}

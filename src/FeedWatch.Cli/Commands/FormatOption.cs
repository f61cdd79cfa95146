using System.CommandLine;
using FeedWatch.Cli.Output;

namespace FeedWatch.Cli.Commands;

internal static class FormatOption
{
    /// <summary>For verbs that print lists: table on a terminal, ndjson when piped (one record a line streams and suits jq).</summary>
    public static Option<OutputFormat> ForLists(CliConsole console) => new("--format", "-f")
    {
        Description = "table (for people; the default on a terminal), json (one JSON array), ndjson (one JSON object a line; the default when piped) or csv",
        DefaultValueFactory = _ => console.IsTerminal ? OutputFormat.Table : OutputFormat.Ndjson,
    };

    /// <summary>For verbs that print one record: table or one json object.</summary>
    public static Option<SingleOutputFormat> ForOneRecord() => new("--format", "-f")
    {
        Description = "table (for people) or json (one JSON object with a stable shape)",
        DefaultValueFactory = _ => SingleOutputFormat.Table,
    };

    /// <summary>
    /// For a verb that shows one record of a kind a list verb prints as CSV: an analyst asking for CSV is
    /// told where to get it, instead of the parser's bare list of formats.
    /// </summary>
    public static Option<SingleOutputFormat> ForOneRecordOf(string verb, string listVerb)
    {
        var format = ForOneRecord();
        format.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && token.Value.Equals("csv", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"{verb} prints table or json; use 'feedwatch {listVerb} --format csv' for CSV.");
            }
        });
        return format;
    }
}

using System.CommandLine;
using FeedWatch.Cli.Output;

namespace FeedWatch.Cli.Commands;

internal static class FormatOption
{
    public static Option<OutputFormat> Create() => new("--format", "-f")
    {
        Description = "table (for people), json (a JSON array with a stable shape) or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}

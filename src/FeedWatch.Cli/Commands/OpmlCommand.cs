using System.CommandLine;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch opml</c>: moving subscriptions between FeedWatch's config and other feed readers.</summary>
internal static class OpmlCommand
{
    public static Command Create(CliConsole console) =>
        new("opml", "Import feeds from another reader's OPML subscription list, or export the config's feeds as one.")
        {
            OpmlImportCommand.Create(console),
            OpmlExportCommand.Create(console),
        };
}

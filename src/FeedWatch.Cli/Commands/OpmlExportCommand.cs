using System.CommandLine;
using System.Text;
using FeedWatch.Cli.Output;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch opml export</c>: the config's feeds as an OPML 2.0 list another reader can import.</summary>
internal static class OpmlExportCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--output", "-o") { Description = "write to this file (replaced when complete) instead of standard output" };
        var command = new Command("export",
            "Print the config's feeds (enabled and disabled) as an OPML 2.0 subscription list. Feeds read from a file: URL are left out: " +
            "another reader cannot open a path on this machine.")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var feeds = CliConfig.Load(parse).Feeds;
            var local = feeds.Where(feed => !IsWeb(feed.Url)).ToList();
            var opml = OpmlWriter.Write(feeds.Where(feed => IsWeb(feed.Url)), console.Time.GetUtcNow());
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, opml);
            }
            else
            {
                console.Out.Write(Encoding.UTF8.GetString(opml));
                console.Out.WriteLine();
            }

            foreach (var feed in local)
            {
                console.Error.WriteLine($"left out {feed.Id}: {TerminalText.Clean(feed.Url)} is a local file");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsWeb(string url) => url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal);
}

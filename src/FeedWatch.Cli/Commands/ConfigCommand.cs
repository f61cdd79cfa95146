using System.CommandLine;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch config</c>: verbs about the config file itself rather than what the daemon collected.</summary>
internal static class ConfigCommand
{
    public static Command Create(CliConsole console) =>
        new("config", "Work with the config file.")
        {
            ConfigCheckCommand.Create(console),
        };
}

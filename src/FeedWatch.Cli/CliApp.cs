using System.CommandLine;
using FeedWatch.Cli.Commands;

namespace FeedWatch.Cli;

/// <summary>Builds the verbs and runs one command line; usage errors exit 2 instead of the library's 1.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand($"feedwatch: query what the FeedWatch daemon collected.{Environment.NewLine}{ExitCodes.HelpText}")
        {
            GlobalOptions.Config,
            GlobalOptions.Database,
            ItemsCommand.Create(console),
            ShowCommand.Create(console),
            StoriesCommand.Create(console),
            StoryCommand.Create(console),
            FeedsCommand.Create(console),
            RulesCommand.Create(console),
            RescanCommand.Create(console),
            ExportCommand.Create(console),
            StatsCommand.Create(console),
            ProbeCommand.Create(console),
            HealthCommand.Create(console),
            ConfigCommand.Create(console),
            OpmlCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync("Run 'feedwatch --help' for usage.");
            return ExitCodes.UsageOrConfig;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliException ex)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await console.Error.WriteLineAsync($"feedwatch: unexpected error: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }
}

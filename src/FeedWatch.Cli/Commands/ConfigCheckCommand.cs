using System.CommandLine;
using System.Text.Json;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Configuration;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch config check</c>: the daemon's own validation without starting it, so a config edit
/// can be checked before a restart or in CI. The report is the verb's output, so it goes to stdout
/// even when the config is invalid; only the exit code says which.
/// </summary>
internal static class ConfigCheckCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<SingleOutputFormat>("--format", "-f")
        {
            Description = "table (a summary, then one 'error:' or 'warning:' line per problem, each naming its key) or json (one JSON object)",
            DefaultValueFactory = _ => SingleOutputFormat.Table,
        };
        var command = new Command("check",
            "Validate the config file (with its FeedWatch__ environment overrides) as the daemon would; list every problem with its key and exit 2 if there is one.")
        {
            format,
        };
        command.SetAction(parse =>
        {
            var loaded = ConfigLoader.Load(ConfigPathResolver.Resolve(parse.GetValue(GlobalOptions.Config)));
            // Warnings need the bound options, so an invalid config reports only its errors.
            var warnings = loaded.IsValid ? ConfigWarnings.Find(loaded.Options!) : [];
            if (parse.GetValue(format) == SingleOutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(ToJson(loaded, warnings), ItemJson.Options));
            }
            else
            {
                WriteText(console.Out, loaded, warnings);
            }

            return loaded.IsValid ? ExitCodes.Success : ExitCodes.UsageOrConfig;
        });
        return command;
    }

    private static void WriteText(TextWriter output, ConfigLoadResult loaded, IReadOnlyList<string> warnings)
    {
        if (loaded.Options is { } options && loaded.IsValid)
        {
            output.WriteLine(
                $"{loaded.ConfigPath} is valid: {Count(options.Feeds.Count, "feed")} ({Number(options.Feeds.Count(feed => feed.Enabled))} enabled), " +
                $"{Count(options.Watch.Count, "watch rule")}, database {options.Storage.Path}");
        }
        else
        {
            output.WriteLine($"{loaded.ConfigPath} is invalid: {Count(loaded.Errors.Count, "problem")}");
        }

        foreach (var error in loaded.Errors)
        {
            output.WriteLine($"error: {TerminalText.Clean(error)}");
        }

        foreach (var warning in warnings)
        {
            output.WriteLine($"warning: {TerminalText.Clean(warning)}");
        }
    }

    private static object ToJson(ConfigLoadResult loaded, IReadOnlyList<string> warnings)
    {
        var options = loaded.IsValid ? loaded.Options : null;
        return new
        {
            path = loaded.ConfigPath,
            valid = loaded.IsValid,
            errors = loaded.Errors,
            warnings,
            // Null, not 0, when the config could not be read: "no feeds" would be a claim about the file.
            feeds = options?.Feeds.Count,
            enabledFeeds = options?.Feeds.Count(feed => feed.Enabled),
            rules = options?.Watch.Count,
            database = options?.Storage.Path,
        };
    }
}

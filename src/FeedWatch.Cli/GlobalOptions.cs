using System.CommandLine;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Cli;

/// <summary>Options every verb accepts: where the config and the database are.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Config { get; } = new("--config")
    {
        Description = $"Config file (default: ${ConfigPathResolver.EnvironmentVariable}, else {ConfigPathResolver.DefaultRelativePath}).",
        Recursive = true,
    };

    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "Database file; overrides Storage:Path from the config.",
        Recursive = true,
    };
}

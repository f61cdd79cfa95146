using System.Runtime.CompilerServices;
using System.CommandLine;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Cli;

/// <summary>The config named by <c>--config</c> (or the default), validated; any problem is a usage error listing them all.</summary>
internal static class CliConfig
{
    // One command line reads the config once, however many parts of the command ask for it (~25 ms each).
    private static readonly ConditionalWeakTable<ParseResult, ConfigLoadResult> Loaded = [];

    private static ConfigLoadResult LoadOnce(ParseResult parse) =>
        Loaded.GetValue(parse, p => ConfigLoader.Load(ConfigPathResolver.Resolve(p.GetValue(GlobalOptions.Config))));

    public static FeedWatchOptions Load(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var loaded = LoadOnce(parse);
        var configPath = loaded.ConfigPath;
        if (!loaded.IsValid)
        {
            throw new CliException(ExitCodes.UsageOrConfig,
                $"Invalid configuration in {configPath}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", loaded.Errors));
        }

        return loaded.Options!;
    }

    /// <summary>The config when it can be read and is valid, else null: for verbs that work from <c>--db</c> alone and use a config only when there is one.</summary>
    public static FeedWatchOptions? LoadIfValid(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var loaded = LoadOnce(parse);
        return loaded.IsValid ? loaded.Options : null;
    }

    /// <summary>
    /// Rule names are matched exactly in the store; an analyst typing <c>--rule ttp</c> means the
    /// config's <c>TTP</c>. Without a readable config the name is used as typed.
    /// </summary>
    public static string? CanonicalRuleName(ParseResult parse, string? typed)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (typed is null)
        {
            return null;
        }

        var loaded = LoadOnce(parse);
        return loaded.Options?.Watch.FirstOrDefault(rule => string.Equals(rule.Name, typed, StringComparison.OrdinalIgnoreCase))?.Name ?? typed;
    }
}

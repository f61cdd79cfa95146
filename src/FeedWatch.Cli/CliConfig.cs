using System.CommandLine;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Cli;

/// <summary>The config named by <c>--config</c> (or the default), validated; any problem is a usage error listing them all.</summary>
internal static class CliConfig
{
    public static FeedWatchOptions Load(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var configPath = ConfigPathResolver.Resolve(parse.GetValue(GlobalOptions.Config));
        var loaded = ConfigLoader.Load(configPath);
        if (!loaded.IsValid)
        {
            throw new CliException(ExitCodes.UsageOrConfig,
                $"Invalid configuration in {configPath}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", loaded.Errors));
        }

        return loaded.Options!;
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

        var loaded = ConfigLoader.Load(ConfigPathResolver.Resolve(parse.GetValue(GlobalOptions.Config)));
        return loaded.Options?.Watch.FirstOrDefault(rule => string.Equals(rule.Name, typed, StringComparison.OrdinalIgnoreCase))?.Name ?? typed;
    }
}

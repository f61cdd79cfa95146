using System.CommandLine;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Cli.Probing;

/// <summary>
/// What probe borrows from the config: the watch rules and the polling settings (User-Agent,
/// timeout, size cap). Ops probe a feed before they have a config, so a missing or invalid one is
/// a note on stderr, not an error: the probe runs with no rules and the default polling settings.
/// </summary>
internal static class ProbeConfig
{
    public static FeedWatchOptions Load(ParseResult parse, TextWriter error)
    {
        var configPath = ConfigPathResolver.Resolve(parse.GetValue(GlobalOptions.Config));
        var loaded = ConfigLoader.Load(configPath);
        if (loaded.IsValid)
        {
            return loaded.Options!;
        }

        error.WriteLine($"Note: no watch rules applied and default polling settings used; config {configPath} was not loaded:");
        foreach (var problem in loaded.Errors)
        {
            error.WriteLine($"  {problem}");
        }

        return new FeedWatchOptions();
    }
}

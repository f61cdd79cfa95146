namespace FeedWatch.Daemon;

/// <summary>The daemon's few flags; parsed by hand so that the host never mistakes them for config keys.</summary>
internal sealed record DaemonArguments(string? ConfigPath, bool Once, bool Help)
{
    public const string Usage = """
        Usage: feedwatchd [--config PATH] [--once]

          --config PATH   config file (default: $FEEDWATCH_CONFIG, else config/feedwatch.json)
          --once          poll every enabled feed once, then exit 0 (cron, smoke tests, benchmarks)
          --help          show this help

        Exit codes: 0 success, 1 unexpected error, 2 usage or config error.
        """;

    public static (DaemonArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? configPath = null;
        var once = false;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--once":
                    once = true;
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                case "--config" when i + 1 < args.Count:
                    configPath = args[++i];
                    break;
                case "--config":
                    return (null, "--config needs a path.");
                default:
                    return (null, $"Unknown argument '{args[i]}'.");
            }
        }

        return (new DaemonArguments(configPath, once, help), null);
    }
}

using System.Globalization;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>The targets, judged on the median run: a one-off slow run is the machine, not the CLI.</summary>
internal enum CliTarget
{
    /// <summary>Under 150 ms: the runtime and the command-line parser, no database.</summary>
    StartUp,

    /// <summary>Under 300 ms, start-up included: what an analyst waits for at the prompt.</summary>
    Query,

    /// <summary>At least 50,000 items/s over the whole database.</summary>
    Export,
}

internal static class CliTargets
{
    private const double StartUpMs = 150;
    private const double QueryMs = 300;
    private const double ExportItemsPerSecond = 50_000;

    public static string Describe(CliTarget target) => target switch
    {
        CliTarget.StartUp => $"< {StartUpMs:0} ms",
        CliTarget.Query => $"< {QueryMs:0} ms",
        _ => string.Create(CultureInfo.InvariantCulture, $">= {ExportItemsPerSecond:N0} items/s"),
    };

    public static bool Met(CliTarget target, TimeSpan median, int items) => target switch
    {
        CliTarget.StartUp => median.TotalMilliseconds < StartUpMs,
        CliTarget.Query => median.TotalMilliseconds < QueryMs,
        _ => items / median.TotalSeconds >= ExportItemsPerSecond,
    };
}

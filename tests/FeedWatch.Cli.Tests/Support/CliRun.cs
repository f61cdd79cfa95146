using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>Runs the CLI in-process the way Program.cs does, with captured output, a fixed clock and a fixed zone.</summary>
internal static class CliRun
{
    /// <summary>The analyst's clock in every test that does not pass its own.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 13, 0, 0, TimeSpan.Zero);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, Now, TimeZoneInfo.Utc);

    /// <summary>As a script would run it: output to a pipe, so list verbs default to ndjson.</summary>
    public static Task<CliResult> RunPipedAsync(params string[] args) => RunAsync(args, Now, TimeZoneInfo.Utc, isTerminal: false);

    public static async Task<CliResult> RunAsync(string[] args, DateTimeOffset now, TimeZoneInfo zone, bool isTerminal = true)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, new FakeTimeProvider(now), zone, isTerminal);

        var exitCode = await CliApp.RunAsync(args, console, CancellationToken.None);

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

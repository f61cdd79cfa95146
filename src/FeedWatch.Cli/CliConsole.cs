namespace FeedWatch.Cli;

/// <summary>Where the CLI writes and what time and zone it lives in; tests pass their own.</summary>
/// <param name="IsTerminal">Standard output is a terminal (not a pipe or file): tables and progress, not data formats.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TimeProvider Time, TimeZoneInfo Zone, bool IsTerminal = false)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error, TimeProvider.System, TimeZoneInfo.Local, !Console.IsOutputRedirected);

    /// <summary>Colour only on a terminal, and never when the user asked for none (https://no-color.org).</summary>
    public bool UseColor => IsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}

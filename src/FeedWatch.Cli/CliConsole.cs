namespace FeedWatch.Cli;

/// <summary>Where the CLI writes and what time and zone it lives in; tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TimeProvider Time, TimeZoneInfo Zone)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error, TimeProvider.System, TimeZoneInfo.Local);
}

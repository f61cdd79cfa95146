using Spectre.Console;

namespace FeedWatch.Cli.Output;

/// <summary>A Spectre.Console writer over the CLI's own output, so that tests capture it and colour follows <see cref="CliConsole.UseColor"/>.</summary>
internal static class AnsiOutput
{
    public static IAnsiConsole Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = console.UseColor ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            // Spectre's CI detectors would otherwise turn colour on or off by the environment; UseColor has decided.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
    }
}

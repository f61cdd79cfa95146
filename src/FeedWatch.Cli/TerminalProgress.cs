using System.Globalization;

namespace FeedWatch.Cli;

/// <summary>
/// A count of work done shown on stderr a few times a second, so long work is visibly alive on a
/// terminal; never written to the data stream, and silent when there is no display (piped output).
/// </summary>
internal sealed class TerminalProgress(TextWriter? display, TimeProvider time, string doing) : IProgress<int>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private long _lastShown = time.GetTimestamp();

    /// <summary>Shows progress only when standard output is a terminal.</summary>
    public static TerminalProgress For(CliConsole console, string doing)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new TerminalProgress(console.IsTerminal ? console.Error : null, console.Time, doing);
    }

    public void Report(int value)
    {
        if (display is not null && time.GetElapsedTime(_lastShown) >= Interval)
        {
            _lastShown = time.GetTimestamp();
            display.Write($"\r{doing} {Number(value)} items…");
        }
    }

    /// <summary>The last line, replacing the running count.</summary>
    public void Finish(string summary) => display?.WriteLine($"\r{summary}");

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

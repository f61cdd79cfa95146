using System.Globalization;

namespace FeedWatch.Cli;

/// <summary>
/// Counts exported items and, on a terminal, shows the count on stderr a few times a second so a
/// long export is visibly alive. Never writes to the data stream; silent when there is no display.
/// </summary>
internal sealed class ExportProgress(TextWriter? display, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private long _lastShown = time.GetTimestamp();

    public int Count { get; private set; }

    public IEnumerable<T> Track<T>(IEnumerable<T> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Count++;
            if (display is not null && time.GetElapsedTime(_lastShown) >= Interval)
            {
                _lastShown = time.GetTimestamp();
                display.Write($"\rexported {Number(Count)} items…");
            }

            yield return item;
        }
    }

    public void Finish(string destination) => display?.WriteLine($"\rexported {Number(Count)} items to {destination}");

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

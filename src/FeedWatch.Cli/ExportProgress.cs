namespace FeedWatch.Cli;

/// <summary>Counts exported items, showing the count on a terminal (<see cref="TerminalProgress"/>).</summary>
internal sealed class ExportProgress(TextWriter? display, TimeProvider time)
{
    private readonly TerminalProgress _progress = new(display, time, "exported");

    public int Count { get; private set; }

    public IEnumerable<T> Track<T>(IEnumerable<T> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Count++;
            _progress.Report(Count);
            yield return item;
        }
    }

    public void Finish(string destination) => _progress.Finish($"exported {TerminalProgress.Number(Count)} items to {destination}");
}

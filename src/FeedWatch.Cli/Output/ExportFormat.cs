namespace FeedWatch.Cli.Output;

internal enum ExportFormat
{
    Ndjson,
    Csv,
    Rss,
    Atom,
}

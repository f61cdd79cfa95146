namespace FeedWatch.Cli.Output;

internal enum OutputFormat
{
    Table,
    Json,
    Ndjson,
    Csv,
}

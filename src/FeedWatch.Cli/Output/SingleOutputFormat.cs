namespace FeedWatch.Cli.Output;

internal enum SingleOutputFormat
{
    Table,
    Json,
}

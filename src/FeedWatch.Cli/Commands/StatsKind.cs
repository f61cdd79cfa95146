namespace FeedWatch.Cli.Commands;

/// <summary>What <c>feedwatch stats --by</c> counts: the store keeps one counter per day for each.</summary>
internal enum StatsKind
{
    Rule,
    Feed,
}

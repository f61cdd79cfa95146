using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Commands;

/// <summary>Which counters <c>feedwatch stats</c> shows: one kind (or both, for data), and perhaps one key of it.</summary>
internal sealed record StatsFilter(string? Kind, string? Key)
{
    /// <summary>The table charts one kind; rules unless told, since "what fired" is the usual question.</summary>
    public string ChartKind => Kind ?? DailyCount.RuleKind;

    public bool Includes(DailyCount count) =>
        (Kind is null || count.Kind == Kind) && (Key is null || string.Equals(count.Key, Key, StringComparison.Ordinal));

    public static StatsFilter From(StatsKind? by, string? rule, string? feed)
    {
        if (rule is not null && feed is not null)
        {
            // The store counts per feed and per rule, never per feed-and-rule pair.
            throw new CliException(ExitCodes.UsageOrConfig, "stats counts per rule or per feed, not both at once: give --rule or --feed.");
        }

        if ((rule is not null && by == StatsKind.Feed) || (feed is not null && by == StatsKind.Rule))
        {
            throw new CliException(ExitCodes.UsageOrConfig, $"--{(rule is null ? "feed" : "rule")} does not go with --by {(by == StatsKind.Feed ? "feed" : "rule")}.");
        }

        return rule is not null ? new StatsFilter(DailyCount.RuleKind, rule)
            : feed is not null ? new StatsFilter(DailyCount.FeedKind, feed)
            : new StatsFilter(by switch { StatsKind.Rule => DailyCount.RuleKind, StatsKind.Feed => DailyCount.FeedKind, _ => null }, null);
    }
}

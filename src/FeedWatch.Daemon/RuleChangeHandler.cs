using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;

namespace FeedWatch.Daemon;

/// <summary>Edited watch rules apply to the next poll; unchanged rules are left alone (no reload logged).</summary>
internal sealed class RuleChangeHandler(WatchRuleSet rules) : IConfigChangeHandler
{
    public Task ApplyAsync(FeedWatchOptions? previous, FeedWatchOptions next, CancellationToken cancellationToken)
    {
        if (!rules.Current.Definitions.Select(Describe).SequenceEqual(next.Watch.Select(Describe), StringComparer.Ordinal))
        {
            rules.Replace(next.Watch);
        }

        return Task.CompletedTask;
    }

    private static string Describe(WatchRuleDefinition rule) => $"{WatchRuleVersion.Of(rule)} {rule.Webhook} {rule.PatternTimeout}";
}

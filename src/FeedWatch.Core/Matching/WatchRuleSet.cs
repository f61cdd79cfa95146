using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Logging;

namespace FeedWatch.Core.Matching;

/// <summary>
/// The watch rules in force. A config edit replaces them as a whole; a poll takes <see cref="Current"/>
/// once, so it matches all its items against one version of the rules.
/// </summary>
public sealed partial class WatchRuleSet(IReadOnlyList<WatchRuleDefinition> rules, ILogger<WatchRuleSet> logger)
{
    private volatile Snapshot _current = new(rules, new WatchMatcher(rules, logger));

    public Snapshot Current => _current;

    /// <summary>Puts validated rules in force and logs which rules were added, changed or removed.</summary>
    public void Replace(IReadOnlyList<WatchRuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var before = _current.Matcher.Rules.ToDictionary(r => r.Name, r => r.Version, StringComparer.Ordinal);
        _current = new Snapshot(rules, new WatchMatcher(rules, logger));
        var after = _current.Matcher.Rules;
        var added = after.Where(r => !before.ContainsKey(r.Name)).Select(r => r.Name).ToList();
        var changed = after.Where(r => before.TryGetValue(r.Name, out var version) && version != r.Version).Select(r => r.Name).ToList();
        var removed = before.Keys.Except(after.Select(r => r.Name), StringComparer.Ordinal).ToList();
        LogReplaced(logger, after.Count, added, changed, removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch rules reloaded: {RuleCount} rules; added {Added}, changed {Changed}, removed {Removed}. Stored items keep their flags until `feedwatch rescan`")]
    private static partial void LogReplaced(ILogger logger, int ruleCount, IReadOnlyList<string> added, IReadOnlyList<string> changed, IReadOnlyList<string> removed);

    public sealed class Snapshot(IReadOnlyList<WatchRuleDefinition> definitions, WatchMatcher matcher)
    {
        private readonly Dictionary<string, Uri> _webhooks = definitions
            .Where(rule => rule.Webhook is not null)
            .ToDictionary(rule => rule.Name, rule => new Uri(rule.Webhook!), StringComparer.Ordinal);

        public WatchMatcher Matcher => matcher;

        public IReadOnlyList<WatchRuleDefinition> Definitions => definitions;

        public Uri? WebhookFor(string rule) => _webhooks.GetValueOrDefault(rule);

        public IReadOnlySet<string> RulesWithWebhooks { get; } = definitions
            .Where(rule => rule.Webhook is not null).Select(rule => rule.Name).ToHashSet(StringComparer.Ordinal);

        public IReadOnlySet<string> RulesAlertingEveryCopy { get; } = definitions
            .Where(rule => rule.AlertEveryCopy).Select(rule => rule.Name).ToHashSet(StringComparer.Ordinal);
    }
}

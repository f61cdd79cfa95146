using System.Text.RegularExpressions;

namespace FeedWatch.Core.Configuration;

/// <summary>Collects every problem at once, each naming its JSON key, so ops fix a config in one edit.</summary>
public static partial class FeedWatchOptionsValidator
{
    public static IReadOnlyList<string> Validate(FeedWatchOptions options, string configDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Storage.Path))
        {
            errors.Add("Storage:Path must name the database file.");
        }

        ValidatePolling(options.Polling, errors);
        ValidateFeeds(options.Feeds, configDirectory, errors);
        ValidateRules(options.Watch, errors);
        ValidateRetention(options.Retention, errors);
        ValidateHealthAndMetrics(options, errors);
        ValidateStories(options.Stories, errors);
        return errors;
    }

    private static void ValidatePolling(PollingOptions polling, List<string> errors)
    {
        RequirePositive(polling.DefaultInterval, "Polling:DefaultInterval", errors);
        RequirePositive(polling.Timeout, "Polling:Timeout", errors);
        RequirePositive(polling.ConnectTimeout, "Polling:ConnectTimeout", errors);
        RequirePositive(polling.MaxBackoff, "Polling:MaxBackoff", errors);
        RequirePositive(polling.StaleAfter, "Polling:StaleAfter", errors);
        if (polling.MaxBodyBytes <= 0)
        {
            errors.Add($"Polling:MaxBodyBytes must be positive, got {polling.MaxBodyBytes}.");
        }

        if (polling.MaxConcurrentPerHost <= 0)
        {
            errors.Add($"Polling:MaxConcurrentPerHost must be positive, got {polling.MaxConcurrentPerHost}.");
        }

        if (polling.MaxConcurrentPolls <= 0)
        {
            errors.Add($"Polling:MaxConcurrentPolls must be positive, got {polling.MaxConcurrentPolls}.");
        }

        if (string.IsNullOrWhiteSpace(polling.UserAgent))
        {
            errors.Add("Polling:UserAgent must not be empty: publishers block anonymous clients.");
        }
    }

    private static void ValidateFeeds(List<FeedDefinition> feeds, string configDirectory, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < feeds.Count; i++)
        {
            var feed = feeds[i];
            var key = $"Feeds:{i}";
            if (string.IsNullOrWhiteSpace(feed.Id))
            {
                errors.Add($"{key}:Id is missing.");
            }
            else if (!FeedIdPattern().IsMatch(feed.Id))
            {
                errors.Add($"{key}:Id '{feed.Id}' may contain only letters, digits, '.', '_' and '-'.");
            }
            else if (!seen.Add(feed.Id))
            {
                errors.Add($"{key}:Id '{feed.Id}' is used by another feed.");
            }

            if (FeedUrl.Resolve(feed.Url, configDirectory) is null)
            {
                errors.Add($"{key}:Url '{feed.Url}' is not an absolute http, https or file URL.");
            }

            if (feed.Interval is { } interval)
            {
                RequirePositive(interval, $"{key}:Interval", errors);
            }

            if (feed.StaleAfter is { } staleAfter)
            {
                RequirePositive(staleAfter, $"{key}:StaleAfter", errors);
            }
        }
    }

    private static void ValidateRules(List<WatchRuleDefinition> rules, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var key = $"Watch:{i}";
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                errors.Add($"{key}:Name is missing.");
            }
            else if (!seen.Add(rule.Name))
            {
                errors.Add($"{key}:Name '{rule.Name}' is used by another rule.");
            }

            if (rule.Terms.Count == 0 && rule.Patterns.Count == 0)
            {
                errors.Add($"{key}:Terms must list at least one term (or Patterns one pattern).");
            }

            RequireWords(rule.Terms, $"{key}:Terms", errors);
            RequireWords(rule.Exclude, $"{key}:Exclude", errors);
            ValidatePatterns(rule, key, errors);
            ValidateFields(rule.Fields, $"{key}:Fields", errors);
            if (rule.Webhook is { } webhook
                && (!Uri.TryCreate(webhook, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                errors.Add($"{key}:Webhook '{webhook}' is not an absolute http or https URL.");
            }
        }
    }

    private static void ValidatePatterns(WatchRuleDefinition rule, string key, List<string> errors)
    {
        RequirePositive(rule.PatternTimeout, $"{key}:PatternTimeout", errors);
        for (var j = 0; j < rule.Patterns.Count; j++)
        {
            try
            {
                _ = new Regex(rule.Patterns[j], RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                errors.Add($"{key}:Patterns:{j} '{rule.Patterns[j]}' is not a valid regular expression: {ex.Message}");
            }
        }
    }

    private static void ValidateFields(List<string> fields, string key, List<string> errors)
    {
        for (var j = 0; j < fields.Count; j++)
        {
            if (!Matching.MatchField.Names.Contains(fields[j], StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{key}:{j} '{fields[j]}' is not a field; use {string.Join(", ", Matching.MatchField.Names)}.");
            }
        }
    }

    private static void RequireWords(List<string> terms, string key, List<string> errors)
    {
        for (var j = 0; j < terms.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(terms[j]) || !terms[j].Any(char.IsLetterOrDigit))
            {
                errors.Add($"{key}:{j} '{terms[j]}' has no letters or digits to match.");
            }
        }
    }

    private static void ValidateRetention(RetentionOptions retention, List<string> errors)
    {
        if (retention.MaxAge is { } maxAge)
        {
            RequirePositive(maxAge, "Retention:MaxAge", errors);
        }

        if (retention.FlaggedMaxAge is { } flaggedMaxAge)
        {
            if (retention.MaxAge is null)
            {
                errors.Add("Retention:FlaggedMaxAge needs Retention:MaxAge: without it nothing is purged.");
            }
            else if (flaggedMaxAge < retention.MaxAge)
            {
                errors.Add($"Retention:FlaggedMaxAge ({flaggedMaxAge}) must not be shorter than Retention:MaxAge ({retention.MaxAge}): flagged items are the ones to keep.");
            }
        }

        RequirePositive(retention.TombstoneMaxAge, "Retention:TombstoneMaxAge", errors);
        RequirePositive(retention.RunEvery, "Retention:RunEvery", errors);
    }

    private static void ValidateStories(StoryOptions stories, List<string> errors)
    {
        if (!(stories.MinContainment > 0 && stories.MinContainment <= 1))
        {
            errors.Add($"Stories:MinContainment must be more than 0 and at most 1 (the share of the shorter item's words found in the other), got {stories.MinContainment}.");
        }

        RequirePositive(stories.MaxApart, "Stories:MaxApart", errors);
    }

    private static void RequirePositive(TimeSpan value, string key, List<string> errors)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be a positive duration such as \"00:15:00\", got \"{value}\".");
        }
    }

    /// <summary>The feed id rule, for code that makes ids (OPML import) rather than checks a config.</summary>
    public static bool IsValidFeedId(string id) => FeedIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex FeedIdPattern();
}

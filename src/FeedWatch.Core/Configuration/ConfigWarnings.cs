using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Configuration;

/// <summary>
/// Settings that are legal but almost certainly a mistake, each naming its key. Only checks that
/// are cheap and never wrong belong here: the daemon may log these at every start.
/// </summary>
public static class ConfigWarnings
{
    /// <param name="options">A config that passed validation, as <see cref="ConfigLoader"/> returns it (feed URLs absolute).</param>
    public static IReadOnlyList<string> Find(FeedWatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var warnings = new List<string>();
        FindFeedProblems(options.Feeds, warnings);
        FindSharedTerms(options.Watch, warnings);
        return warnings;
    }

    private static void FindFeedProblems(List<FeedDefinition> feeds, List<string> warnings)
    {
        var firstWithUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < feeds.Count; i++)
        {
            // A disabled feed is never fetched: parking a dead or duplicate URL there is what Enabled is for.
            if (!feeds[i].Enabled)
            {
                continue;
            }

            var url = feeds[i].Url;
            if (!firstWithUrl.TryAdd(url, i))
            {
                warnings.Add($"Feeds:{i}:Url {url} is also the Url of Feeds:{firstWithUrl[url]} ('{feeds[firstWithUrl[url]].Id}'): the same document is fetched twice.");
            }

            // A UNC path may only be unreachable from here, so its absence is not certain.
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile && !uri.IsUnc && !File.Exists(uri.LocalPath))
            {
                warnings.Add($"Feeds:{i}:Url names a file that does not exist: {uri.LocalPath}");
            }
        }
    }

    /// <summary>Terms are compared as the matcher sees them, so "Afghan–Pakistan" and "afghan-pakistan" are one term.</summary>
    private static void FindSharedTerms(List<WatchRuleDefinition> rules, List<string> warnings)
    {
        var firstRuleWithTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = 0; j < rules[i].Terms.Count; j++)
            {
                var words = string.Join(' ', TextTokenizer.FoldedWords(rules[i].Terms[j]));
                if (!firstRuleWithTerm.TryAdd(words, i) && firstRuleWithTerm[words] != i)
                {
                    var other = firstRuleWithTerm[words];
                    warnings.Add($"Watch:{i}:Terms:{j} '{rules[i].Terms[j]}' is also a term of Watch:{other} ('{rules[other].Name}').");
                }
            }
        }
    }
}

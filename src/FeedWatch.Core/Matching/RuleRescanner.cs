using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Matching;

/// <summary>
/// Re-matches stored items against the rules in force, page by page so that memory stays flat and
/// the daemon's writes interleave with ours, and reports per rule which items gained and lost it.
/// Matches that only changed version (the rule was edited, the item still matches it the same way)
/// are updated without counting as a change.
/// </summary>
public sealed class RuleRescanner(IItemStore store, WatchMatcher matcher)
{
    private const int PageSize = 1000;

    public RescanReport Rescan(DateTime? since, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new RescanReport(matcher.Rules.Select(r => r.Name));
        var afterId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = store.ItemsAfter(afterId, since, PageSize);
            if (page.Count == 0)
            {
                return report;
            }

            var changed = new Dictionary<int, List<StoredMatch>>();
            foreach (var item in page)
            {
                var matches = matcher.Match(MatchField.Of(item.Title, item.Summary, item.Content, item.Categories)).Select(StoredItemMapper.ToStored).ToList();
                if (!SameMatches(item.Matches, matches))
                {
                    changed[item.Id] = matches;
                    report.Record(item.Id, RuleNames(item.Matches), RuleNames(matches));
                }
            }

            if (changed.Count > 0)
            {
                store.ReplaceMatches(changed);
            }

            report.Scanned += page.Count;
            afterId = page[^1].Id;
            progress?.Report(report.Scanned);
        }
    }

    private static HashSet<string> RuleNames(IEnumerable<StoredMatch> matches) => matches.Select(m => m.Rule).ToHashSet(StringComparer.Ordinal);

    private static bool SameMatches(List<StoredMatch> stored, List<StoredMatch> fresh) =>
        stored.Count == fresh.Count
        && stored.Zip(fresh).All(pair => pair.First.Rule == pair.Second.Rule && pair.First.Term == pair.Second.Term
            && pair.First.Field == pair.Second.Field && pair.First.Snippet == pair.Second.Snippet
            && pair.First.HitStart == pair.Second.HitStart && pair.First.RuleVersion == pair.Second.RuleVersion);
}

namespace FeedWatch.Core.Matching;

/// <summary>What a rescan changed: per rule, the items that now match it and those that no longer do.</summary>
public sealed class RescanReport
{
    private readonly SortedDictionary<string, RuleChange> _byRule = new(StringComparer.Ordinal);

    public RescanReport(IEnumerable<string> rulesInForce)
    {
        foreach (var rule in rulesInForce)
        {
            _byRule[rule] = new RuleChange(rule);
        }
    }

    public int Scanned { get; internal set; }

    /// <summary>Every rule in force, plus rules no longer in the config that lost items.</summary>
    public IReadOnlyList<RuleChange> Rules => _byRule.Values.ToList();

    /// <summary>Items whose matches were rewritten, including those whose rules did not change (snippet or rule version).</summary>
    public int Rewritten { get; private set; }

    internal void Record(int itemId, IReadOnlySet<string> before, IReadOnlySet<string> after)
    {
        Rewritten++;
        foreach (var rule in after.Except(before))
        {
            For(rule).Added.Add(itemId);
        }

        foreach (var rule in before.Except(after))
        {
            For(rule).Removed.Add(itemId);
        }
    }

    private RuleChange For(string rule)
    {
        if (!_byRule.TryGetValue(rule, out var change))
        {
            change = new RuleChange(rule);
            _byRule[rule] = change;
        }

        return change;
    }

    public sealed class RuleChange(string rule)
    {
        public string Rule => rule;

        public List<int> Added { get; } = [];

        public List<int> Removed { get; } = [];
    }
}

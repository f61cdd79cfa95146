namespace FeedWatch.Core.Storage;

public sealed class StoredMatch
{
    public string Rule { get; set; } = "";

    public string Term { get; set; } = "";

    public string Field { get; set; } = "";

    public string Snippet { get; set; } = "";

    public int HitStart { get; set; }

    public int HitLength { get; set; }

    /// <summary>Which edit of the rule made the match (<see cref="Matching.WatchRuleVersion"/>).</summary>
    public string RuleVersion { get; set; } = "";
}

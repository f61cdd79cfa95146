namespace FeedWatch.Core.Matching;

/// <summary>Why an item was flagged: which rule, which of its terms (or patterns), where, and the text around it.</summary>
/// <param name="HitStart">Offset of the matched words inside <paramref name="Snippet"/>, for highlighting.</param>
/// <param name="RuleVersion">The <see cref="WatchRuleVersion"/> of the rule that made the match.</param>
public sealed record WatchMatch(string Rule, string Term, string Field, string Snippet, int HitStart, int HitLength, string RuleVersion = "");

namespace FeedWatch.Core.Matching;

/// <summary>A term as written in the config, the rule it belongs to, and whether it excludes.</summary>
internal sealed record TermReference(int RuleIndex, string Term, bool IsExclude);

namespace FeedWatch.Core.Matching;

/// <summary>A word of the text: where it is in the original, its NFKC form and its case-folded form.</summary>
internal readonly record struct Token(int Start, int End, string Exact, string Folded);

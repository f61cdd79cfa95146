using System.Collections.Frozen;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Stories;

/// <summary>
/// The words of an item that say what happened: title and summary read the way watch rules read
/// text, without English function words and single letters (the "s" of "TTP’s"). Numbers stay:
/// "3 killed" and "5 killed" are different events.
/// </summary>
public static class ContentWords
{
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "may", "me", "might", "more", "most", "much", "must", "my", "new", "no", "nor", "not", "now", "of", "off", "on",
        "once", "one", "only", "or", "other", "our", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static HashSet<string> Of(string title, string summary) =>
        [.. TextTokenizer.FoldedWords(title).Concat(TextTokenizer.FoldedWords(summary)).Where(word => IsContentWord(word))];

    /// <summary>Whether a folded word (<see cref="TextTokenizer.FoldedWords"/>) says something: not a function word, not a lone letter.</summary>
    public static bool IsContentWord(ReadOnlySpan<char> folded) =>
        folded.Length > 0 && (folded.Length > 1 || char.IsDigit(folded[0])) && !FunctionWordSpans.Contains(folded);
}

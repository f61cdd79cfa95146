using System.Text.RegularExpressions;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Search;

/// <summary>
/// An analyst's search: bare words and "quoted phrases", all of which must occur. Text is read the
/// way watch rules read it (<see cref="TextTokenizer"/>: NFKC, letter variants, dashes and
/// apostrophes as separators, whole words), always ignoring case, so <c>durand line</c> finds
/// "Durand Line" and <c>"Afghan-Pakistan"</c> finds "Afghan–Pakistan".
/// </summary>
public sealed partial class SearchText
{
    private SearchText(IReadOnlyList<IReadOnlyList<string>> phrases) => Phrases = phrases;

    /// <summary>Each phrase as its folded words, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    /// <returns>Null when the query holds no word at all.</returns>
    public static SearchText? Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phrases = new List<IReadOnlyList<string>>();
        foreach (Match part in QueryParts().Matches(query))
        {
            var quoted = part.Groups["phrase"];
            // A bare "Afghan-Pakistan" is two words that must be adjacent, as in a rule term.
            var words = TextTokenizer.FoldedWords(quoted.Success ? quoted.Value : part.Value);
            if (words.Count > 0)
            {
                phrases.Add(words);
            }
        }

        return phrases.Count == 0 ? null : new SearchText(phrases);
    }

    /// <summary>Whether every phrase occurs in at least one of the texts.</summary>
    public bool Matches(params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var fields = texts.Where(text => !string.IsNullOrEmpty(text)).Select(TextTokenizer.FoldedWords).ToList();
        return Phrases.All(phrase => fields.Any(words => Contains(words, phrase)));
    }

    private static bool Contains(List<string> words, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var i = 0;
            while (i < phrase.Count && string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"?|[^\\s\"]+")]
    private static partial Regex QueryParts();
}

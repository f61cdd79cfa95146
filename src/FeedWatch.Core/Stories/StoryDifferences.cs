using System.Globalization;
using System.Text;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Stories;

/// <summary>
/// What another report of a story says that the first report did not, and the reverse: the figures
/// ("12 killed" in the first, "15 killed" later) and the other content words. Text is read the way
/// story detection reads it (<see cref="ContentWords"/>), so a word counts here only if it counts there.
/// Each list is in order of appearance (title, then summary), as first written, at most <see cref="MaxPerList"/>.
/// </summary>
public sealed record StoryDifferences(
    IReadOnlyList<string> NumbersOnlyInFirst,
    IReadOnlyList<string> NumbersOnlyInOther,
    IReadOnlyList<string> WordsOnlyInOther,
    IReadOnlyList<string> WordsOnlyInFirst)
{
    /// <summary>Enough to see at a glance what changed; a rewritten report differs in everything and would fill the screen.</summary>
    public const int MaxPerList = 12;

    public bool IsEmpty => NumbersOnlyInFirst.Count + NumbersOnlyInOther.Count + WordsOnlyInOther.Count + WordsOnlyInFirst.Count == 0;

    public static StoryDifferences Between(string firstTitle, string firstSummary, string otherTitle, string otherSummary)
    {
        var first = Read(firstTitle ?? "", firstSummary ?? "");
        var other = Read(otherTitle ?? "", otherSummary ?? "");
        return new StoryDifferences(
            OnlyIn(first.Numbers, other.Numbers),
            OnlyIn(other.Numbers, first.Numbers),
            OnlyIn(other.Words, first.Words),
            OnlyIn(first.Words, other.Words));
    }

    private static (List<(string Key, string Shown)> Numbers, List<(string Key, string Shown)> Words) Read(string title, string summary)
    {
        var contentWords = ContentWords.Of(title, summary);
        var numbers = new List<(string Key, string Shown)>();
        var words = new List<(string Key, string Shown)>();
        foreach (var text in (string[])[title, summary])
        {
            var tokens = TextTokenizer.Tokenize(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (IsNumber(tokens[i].Exact))
                {
                    var start = tokens[i].Start;
                    while (i + 1 < tokens.Count && ContinuesNumber(text, tokens[i], tokens[i + 1]))
                    {
                        i++;
                    }

                    var shown = text[start..tokens[i].End];
                    numbers.Add((NumberKey(shown), shown));
                }
                else if (contentWords.Contains(tokens[i].Folded))
                {
                    words.Add((tokens[i].Folded, tokens[i].Exact));
                }
            }
        }

        return (numbers, words);
    }

    private static List<string> OnlyIn(List<(string Key, string Shown)> these, List<(string Key, string Shown)> others)
    {
        var known = others.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);
        return [.. these.Where(entry => !known.Contains(entry.Key)).DistinctBy(entry => entry.Key).Select(entry => entry.Shown).Take(MaxPerList)];
    }

    private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsDigit);

    /// <summary>
    /// The tokenizer splits "1,200" and "3.5" at the separator; as figures they are one number, or
    /// "1,200 displaced" against "1,500 displaced" would show as 200 against 500.
    /// </summary>
    private static bool ContinuesNumber(string text, Token number, Token next) =>
        next.Start == number.End + 1 && IsNumber(next.Exact) && text[number.End] switch
        {
            // A thousands group has three digits; "12,15" is more likely a list than a number.
            ',' or '\u066C' => next.Exact.Length == 3,
            '.' or '\u066B' => true,
            _ => false,
        };

    /// <summary>"1,200" and "1200" are the same figure, and so are Arabic-Indic and ASCII digits.</summary>
    private static string NumberKey(string shown)
    {
        var key = new StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            if (char.IsDigit(c))
            {
                key.Append(((int)char.GetNumericValue(c)).ToString(CultureInfo.InvariantCulture));
            }
            else if (c is '.' or '\u066B')
            {
                key.Append('.');
            }
        }

        return key.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedWatch.Core.Matching;

/// <summary>
/// The one normalization shared by rules and items: words are runs of letters, digits and marks;
/// everything else (any dash or hyphen, whitespace, apostrophes, punctuation) only separates
/// words, so "Afghan–Pakistan", "Afghan-\nPakistan" and "Afghan Pakistan" are the same two words
/// and "TTP’s" contains the word "TTP". URLs are not words: "https://x.org/ttp/" never matches TTP.
/// Each word is NFKC-normalized with its script's letter variants unified (<see cref="LetterVariants"/>).
/// </summary>
internal static partial class TextTokenizer
{
    /// <summary>The words as rules without case sensitivity, searches and story detection compare them.</summary>
    public static List<string> FoldedWords(string text) => string.IsNullOrEmpty(text) ? [] : [.. Tokenize(text).Select(token => token.Folded)];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var urls = UrlPattern().Matches(text);
        var urlIndex = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (urlIndex < urls.Count && i >= urls[urlIndex].Index)
            {
                i = Math.Max(i, urls[urlIndex].Index + urls[urlIndex].Length);
                urlIndex++;
                continue;
            }

            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var end = urlIndex < urls.Count ? urls[urlIndex].Index : text.Length;
            while (i < end && (IsWordChar(text, i) || LetterVariants.IsIgnorableInWord(text[i])))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            // A joiner or soft hyphen ends a line, not a word: keep it out of the token's span.
            while (i > start + 1 && LetterVariants.IsIgnorableInWord(text[i - 1]))
            {
                i--;
            }

            tokens.Add(CreateToken(text, start, i));
        }

        return tokens;
    }

    private static Token CreateToken(string text, int start, int end)
    {
        var raw = text[start..end];
        var exact = LetterVariants.Unify(raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC));
        return new Token(start, end, exact, exact.ToLowerInvariant());
    }

    private static bool IsWordChar(string text, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    [GeneratedRegex(@"\b(?:https?|ftp)://\S+|\bwww\.\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}

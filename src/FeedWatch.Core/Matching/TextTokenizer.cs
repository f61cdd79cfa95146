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
        var words = new List<(int Start, int End)>();
        AddWordRanges(text, words);
        var tokens = new List<Token>(words.Count);
        foreach (var (start, end) in words)
        {
            tokens.Add(CreateToken(text, start, end));
        }

        return tokens;
    }

    /// <summary>
    /// Each word's folded form, as <see cref="FoldedWords"/> gives them, handed over one at a time: an
    /// ASCII word (most words of most feeds) is folded in a stack buffer, so reading an item's words
    /// allocates nothing per word. The span is only valid during the call.
    /// </summary>
    public static void ForEachFoldedWord(string text, FoldedWordAction onWord)
    {
        ArgumentNullException.ThrowIfNull(onWord);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var words = t_wordRanges ??= [];
        words.Clear();
        AddWordRanges(text, words);
        Span<char> folded = stackalloc char[AsciiFoldLength];
        foreach (var (start, end) in words)
        {
            var raw = text.AsSpan(start, end - start);
            if (raw.Length <= AsciiFoldLength && System.Text.Ascii.IsValid(raw))
            {
                // ASCII is already NFKC and has no letter variants: folding is lower-casing.
                System.Text.Ascii.ToLower(raw, folded, out var length);
                onWord(folded[..length]);
            }
            else
            {
                onWord(CreateToken(text, start, end).Folded);
            }
        }
    }

    public delegate void FoldedWordAction(ReadOnlySpan<char> folded);

    private const int AsciiFoldLength = 128;

    [ThreadStatic]
    private static List<(int Start, int End)>? t_wordRanges;

    private static void AddWordRanges(string text, List<(int Start, int End)> words)
    {
        // The URL pattern costs more than the rest of the scan; most texts have no URL in them.
        var urls = text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? UrlPattern().Matches(text)
            : null;
        var urlCount = urls?.Count ?? 0;
        var urlIndex = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (urlIndex < urlCount && i >= urls![urlIndex].Index)
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
            var end = urlIndex < urlCount ? urls![urlIndex].Index : text.Length;
            while (i < end && (IsWordChar(text, i) || LetterVariants.IsIgnorableInWord(text[i])))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            // A joiner or soft hyphen ends a line, not a word: keep it out of the token's span.
            while (i > start + 1 && LetterVariants.IsIgnorableInWord(text[i - 1]))
            {
                i--;
            }

            words.Add((start, i));
        }
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

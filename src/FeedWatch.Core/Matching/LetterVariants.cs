using System.Text;

namespace FeedWatch.Core.Matching;

/// <summary>
/// Spelling variants that writers of one language use interchangeably, unified so that a term
/// written one way matches text written the other. Arabic-script feeds (Urdu, Pashto, Dari,
/// Arabic) mix Arabic and Persian code points for the same letter depending on the keyboard:
/// تحريك (Arabic yeh and kaf) and تحریک (Farsi yeh, keheh) are the same word; tatweel stretches
/// words for layout and short-vowel marks are optional. Invisible joiners and soft hyphens inside a
/// word change nothing a reader sees.
/// </summary>
public static class LetterVariants
{
    /// <summary>Characters that stay inside a word but are dropped from it (soft hyphen, ZWNJ, ZWJ, word joiner).</summary>
    public static bool IsIgnorableInWord(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\u0640';

    public static string Unify(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var firstChange = FirstChange(word);
        if (firstChange < 0)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        builder.Append(word, 0, firstChange);
        for (var i = firstChange; i < word.Length; i++)
        {
            var unified = UnifyChar(word[i]);
            if (unified != '\0')
            {
                builder.Append(unified);
            }
        }

        return builder.ToString();
    }

    private static int FirstChange(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (UnifyChar(word[i]) != word[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The unified letter, or '\0' for a character that is dropped.</summary>
    private static char UnifyChar(char c) => c switch
    {
        < '\u00AD' => c,
        _ when IsIgnorableInWord(c) => '\0',
        // Harakat, superscript alef and Quranic annotation marks: optional vowel and reading signs.
        >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' => '\0',
        '\u064A' or '\u0649' or '\u06D0' or '\u06CD' => '\u06CC', // yeh forms -> Farsi yeh
        '\u0643' or '\u06AA' => '\u06A9', // Arabic kaf, swash kaf -> keheh
        '\u06C1' or '\u06D5' or '\u06BE' or '\u06C0' or '\u06C2' or '\u0629' => '\u0647', // heh goal, ae, doachashmee, with yeh/hamza, teh marbuta -> heh
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627', // alef with hamza/madda, wasla -> alef
        '\u0624' => '\u0648', // waw with hamza -> waw
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic digits
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Extended Arabic-Indic (Urdu, Persian) digits
        _ => c,
    };
}

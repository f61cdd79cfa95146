namespace FeedWatch.Benchmarks.Matching;

/// <summary>
/// Pronounceable made-up words ("karvesh", "trolmid"). They stand in for the long tail of a news
/// vocabulary and for the place and group names that watch terms are made of: the supply is unlimited,
/// so every term can own a word that appears nowhere else.
/// </summary>
internal static class PseudoWord
{
    private static readonly string[] Onsets =
        ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kh", "l", "m", "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "y", "z"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "ai", "ea", "ou", "ia"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "m", "th", "nd", "rt", "sk", "v", "sh"];

    public static string Next(Random random, int syllables)
    {
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            word.Append(Pick(random, Onsets)).Append(Pick(random, Vowels)).Append(Pick(random, Codas));
        }

        return word.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}

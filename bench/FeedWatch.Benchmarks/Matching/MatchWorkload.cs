using System.Text;
using FeedWatch.Core.Matching;

namespace FeedWatch.Benchmarks.Matching;

/// <summary>
/// Generated news items (title and summary, plain text as the matcher receives it), held in memory as the
/// matcher's own input type before timing starts. About one item in twenty carries one term of the first
/// term set; the rest carry none (see <see cref="TermCatalogue"/>).
/// </summary>
internal sealed class MatchWorkload
{
    private const double PlantedShare = 0.05;

    public IReadOnlyList<MatchField[]> Items { get; }

    /// <summary>Items carrying a planted term: each yields exactly one match in every row.</summary>
    public int PlantedItems { get; }

    public long Utf16Chars { get; }

    public long Utf8Bytes { get; }

    private MatchWorkload(IReadOnlyList<MatchField[]> items, int plantedItems)
    {
        Items = items;
        PlantedItems = plantedItems;
        Utf16Chars = items.Sum(fields => fields.Sum(field => (long)field.Text.Length));
        Utf8Bytes = items.Sum(fields => fields.Sum(field => (long)Encoding.UTF8.GetByteCount(field.Text)));
    }

    public static MatchWorkload Create(Random random, TextVocabulary vocabulary, IReadOnlyList<string> plantable, int count)
    {
        var items = new List<MatchField[]>(count);
        var planted = 0;
        for (var i = 0; i < count; i++)
        {
            var title = Words(random, vocabulary, random.Next(8, 15), sentences: false);
            var summary = Words(random, vocabulary, random.Next(40, 81), sentences: true);
            if (random.NextDouble() < PlantedShare)
            {
                Plant(random, random.Next(5) < 2 ? title : summary, plantable[random.Next(plantable.Count)]);
                planted++;
            }

            items.Add([new MatchField(MatchField.Title, Text(title)), new MatchField(MatchField.Summary, Text(summary))]);
        }

        return new MatchWorkload(items, planted);
    }

    /// <summary>Also the cli benchmark's item text, so both benchmarks read the same kind of copy.</summary>
    internal static List<string> Words(Random random, TextVocabulary vocabulary, int count, bool sentences)
    {
        var words = new List<string>(count + 4);
        var sentenceStart = 0;
        for (var i = 0; i < count; i++)
        {
            var word = vocabulary.NextWord(random);
            words.Add(i == sentenceStart ? Capitalized(word) : word);
            if (!sentences)
            {
                continue;
            }

            var length = i - sentenceStart + 1;
            if (i == count - 1 || (length >= 8 && random.Next(10) == 0))
            {
                words[i] += ".";
                sentenceStart = i + 1;
            }
            else if (length >= 3 && random.Next(12) == 0)
            {
                words[i] += ",";
            }
        }

        return words;
    }

    private static void Plant(Random random, List<string> words, string term)
    {
        // A possessive now and then: the tokenizer reads "Karvesh’s" as "Karvesh" and "s", as in real copy.
        var written = random.Next(5) == 0 ? term + "’s" : term;
        words.Insert(random.Next(1, words.Count), written);
    }

    private static string Capitalized(string word) =>
        char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    internal static string Text(List<string> words) => string.Join(' ', words);
}

namespace FeedWatch.Benchmarks.Matching;

/// <summary>
/// The benchmark's watch terms, generated once so each term set is a prefix of the next: the items that
/// match the 10 terms are the items that match in every row, and rows differ only in how many terms the
/// matcher holds.
/// </summary>
/// <remarks>
/// Each term owns a made-up word (or acronym) used by no other term and absent from the text vocabulary,
/// so a term occurs exactly where it was planted: matches per pass are known in advance, and "northern
/// Karvesh" cannot also match around a planted "Karvesh Valley".
/// </remarks>
internal sealed class TermCatalogue
{
    private const int MinimumOwnWordLength = 5;

    // The first term set is fixed to one of each shape (two plain names), so the planted items cover them all.
    private static readonly TermKind[] FirstKinds =
        [TermKind.Name, TermKind.NameAndNoun, TermKind.Acronym, TermKind.NameAndOrganisation, TermKind.AdjectiveAndName,
         TermKind.Name, TermKind.HeadOfName, TermKind.NameAndNoun, TermKind.AdjectiveAndName, TermKind.NameAndOrganisation];

    private static readonly string[] Nouns =
        ["Valley", "Accord", "Pass", "Corridor", "Dam", "Line", "Province", "District", "Airport", "Refinery", "Mine",
         "Council", "Brigade", "Movement", "Party", "Institute", "Pipeline", "Crossing", "Basin", "Highlands"];

    private static readonly string[] Organisations =
        ["Liberation Front", "Border Police", "Energy Company", "Development Bank", "Peace Talks", "Trade Zone",
         "Defence Forces", "Health Authority", "Mining Group", "Refugee Camp", "Water Board", "Freedom Party"];

    private readonly HashSet<string> _taken;

    public IReadOnlyList<string> Terms { get; }

    public TermCatalogue(Random random, TextVocabulary vocabulary, int count)
    {
        _taken = new HashSet<string>(vocabulary.AllFolded(), StringComparer.Ordinal);
        var terms = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = i < FirstKinds.Length ? FirstKinds[i] : RandomKind(random);
            terms.Add(Create(random, kind));
        }

        Terms = terms;
    }

    private static TermKind RandomKind(Random random) => random.Next(100) switch
    {
        < 3 => TermKind.Acronym,
        < 33 => TermKind.Name,
        < 58 => TermKind.NameAndNoun,
        < 70 => TermKind.AdjectiveAndName,
        < 88 => TermKind.NameAndOrganisation,
        _ => TermKind.HeadOfName,
    };

    private string Create(Random random, TermKind kind) => kind switch
    {
        TermKind.Name => OwnName(random),
        TermKind.NameAndNoun => $"{OwnName(random)} {Pick(random, Nouns)}",
        TermKind.AdjectiveAndName => $"{Pick(random, TextVocabulary.TermAdjectives)} {OwnName(random)}",
        TermKind.NameAndOrganisation => $"{OwnName(random)} {Pick(random, Organisations)}",
        TermKind.HeadOfName => $"{Pick(random, TextVocabulary.TermHeads)} of {OwnName(random)}",
        TermKind.Acronym => OwnAcronym(random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private string OwnName(Random random)
    {
        while (true)
        {
            var word = PseudoWord.Next(random, random.Next(2, 4));
            if (word.Length >= MinimumOwnWordLength && _taken.Add(word))
            {
                return char.ToUpperInvariant(word[0]) + word[1..];
            }
        }
    }

    private string OwnAcronym(Random random)
    {
        while (true)
        {
            var letters = new char[random.Next(3, 5)];
            for (var i = 0; i < letters.Length; i++)
            {
                letters[i] = (char)('A' + random.Next(26));
            }

            // Checked folded like every word taken, which is stricter than the matcher's case-sensitive acronym
            // rule needs: no acronym can be read as any text word (NATO, or a made-up "tkv") under either case rule.
            var acronym = new string(letters);
            if (_taken.Add(acronym.ToLowerInvariant()))
            {
                return acronym;
            }
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}

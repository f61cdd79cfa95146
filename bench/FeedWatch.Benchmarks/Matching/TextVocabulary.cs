namespace FeedWatch.Benchmarks.Matching;

/// <summary>
/// The words generated news text is drawn from: common English words, a few thousand made-up ones,
/// real place and organisation names (some non-ASCII, so UTF-8 bytes differ from UTF-16 chars) and the
/// acronyms news copy is full of. Every watch term avoids all of them (see <see cref="TermCatalogue"/>).
/// </summary>
internal sealed class TextVocabulary
{
    private const int GeneratedWords = 3_000;

    /// <summary>Also the heads of "northern X" and "Bank of X" terms, so the matcher's trie is walked past its first word.</summary>
    public static readonly string[] TermAdjectives = ["northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"];

    public static readonly string[] TermHeads = ["Bank", "University", "Port", "Governor", "Ministry", "Battle", "Siege", "Mayor"];

    private static readonly string[] FunctionWords =
        ["the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "it", "said",
         "has", "have", "had", "were", "are", "be", "been", "will", "would", "which", "their", "they", "after", "over", "more",
         "than", "about", "into", "who", "not", "but", "also", "its", "his", "her", "he", "she", "we", "an", "or", "this",
         "up", "out", "could", "can", "all", "there", "when", "while", "some", "other", "most", "under", "since", "before",
         "during", "against", "between", "two", "three", "four", "many", "several", "new", "old", "last", "first", "next",
         "only", "still", "even", "if", "no", "so", "may", "what", "where", "them", "our", "one", "any", "each", "such",
         "through", "without", "around", "near", "across", "because", "however", "already", "according", "told"];

    private static readonly string[] ContentWords =
        ["government", "officials", "minister", "president", "police", "security", "forces", "people", "city", "country",
         "year", "years", "week", "month", "day", "report", "statement", "talks", "border", "region", "province", "district",
         "capital", "village", "town", "attack", "attacks", "killed", "wounded", "arrested", "protest", "protesters", "election",
         "vote", "parliament", "party", "leader", "leaders", "opposition", "court", "judge", "ruling", "law", "budget", "tax",
         "prices", "inflation", "economy", "trade", "exports", "imports", "oil", "gas", "power", "electricity", "water",
         "flood", "floods", "rain", "drought", "heat", "earthquake", "aid", "agency", "agencies", "refugees", "camp", "camps",
         "school", "schools", "hospital", "hospitals", "health", "doctors", "patients", "outbreak", "vaccine", "children",
         "women", "families", "workers", "union", "strike", "company", "companies", "market", "markets", "shares", "investors",
         "bank", "banks", "loan", "debt", "deal", "agreement", "treaty", "summit", "meeting", "visit", "delegation", "envoy",
         "ambassador", "military", "army", "troops", "soldiers", "militants", "fighters", "group", "groups", "commander",
         "ceasefire", "peace", "war", "conflict", "violence", "clashes", "operation", "raid", "checkpoint", "road", "roads",
         "highway", "bridge", "port", "airport", "flights", "rail", "project", "projects", "plan", "plans", "policy", "reform",
         "crisis", "shortage", "supplies", "food", "fuel", "wheat", "rice", "farmers", "harvest", "land", "mine", "mining",
         "energy", "dam", "river", "valley", "mountain", "coast", "sea", "island", "north", "south", "east", "west", "northern",
         "southern", "eastern", "western", "central", "upper", "lower", "greater", "local", "national", "regional", "foreign",
         "federal", "public", "private", "senior", "former", "major", "small", "large", "high", "low", "strong", "weak", "key",
         "early", "late", "recent", "further", "final", "official", "political", "economic", "social", "human", "rights",
         "press", "media", "journalists", "news", "sources", "witnesses", "residents", "spokesman", "spokeswoman", "ministry",
         "university", "students", "governor", "mayor", "council", "committee", "commission", "office", "battle", "siege",
         "said", "says", "announced", "warned", "denied", "confirmed", "called", "urged", "agreed", "rejected", "approved",
         "launched", "signed", "expected", "planned", "reported", "added", "asked", "accused", "blamed", "demanded", "promised",
         "began", "ended", "continued", "increased", "fell", "rose", "reached", "remained", "returned", "left", "met", "held",
         "opened", "closed", "suspended", "resumed", "postponed", "delayed", "cut", "raised", "lost", "won", "took", "gave",
         "percent", "million", "billion", "dollars", "hundreds", "thousands", "dozens", "monday", "tuesday", "wednesday",
         "thursday", "friday", "saturday", "sunday", "morning", "night", "weekend", "season", "time", "number", "part", "area"];

    private static readonly string[] Names =
        ["Kabul", "Islamabad", "Peshawar", "Quetta", "Kandahar", "Karachi", "Lahore", "Tehran", "New Delhi", "Dhaka",
         "Beijing", "Moscow", "Washington", "Brussels", "Geneva", "London", "Paris", "Berlin", "São Paulo", "Zürich",
         "Kraków", "Ankara", "Istanbul", "Cairo", "Nairobi", "Lagos", "Addis Ababa", "Khartoum", "Jakarta", "Manila",
         "Bogotá", "Mexico City", "Kyiv", "Tbilisi", "Almaty", "Tashkent", "Dushanbe", "Herat", "Jalalabad", "Gwadar",
         "United Nations", "World Bank", "International Monetary Fund", "European Commission", "Red Cross",
         "Amnesty International", "Human Rights Watch", "Reuters", "Associated Press", "Ministry of Defence",
         "Federal Reserve", "Supreme Court", "Security Council", "African Union", "Médecins Sans Frontières",
         "World Health Organization", "Asian Development Bank", "Interior Ministry", "Foreign Office", "Election Commission"];

    /// <summary>Acronyms that appear in the text; no term acronym may be one of them.</summary>
    public static readonly string[] Acronyms = ["UN", "EU", "NATO", "IMF", "WHO", "BBC", "US", "UK", "ICRC", "WFP", "UNHCR", "OPEC", "GDP"];

    private readonly string[] _generated;

    public TextVocabulary(Random random)
    {
        var generated = new HashSet<string>(StringComparer.Ordinal);
        while (generated.Count < GeneratedWords)
        {
            generated.Add(PseudoWord.Next(random, random.Next(1, 4)));
        }

        // Sorted, so the array's order (and so each word's frequency below) does not depend on HashSet internals.
        _generated = generated.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every word of the text, case-folded: term words must be none of these.</summary>
    public IEnumerable<string> AllFolded() =>
        FunctionWords.Concat(ContentWords).Concat(_generated).Concat(Acronyms)
            .Concat(Names.SelectMany(name => name.Split(' ')))
            .Select(word => word.ToLowerInvariant());

    /// <summary>
    /// One word (or a multi-word name) with news-like frequencies: function words most often, and within
    /// each list a skew towards the front, the way real word frequencies fall off.
    /// </summary>
    public string NextWord(Random random)
    {
        var kind = random.NextDouble();
        return kind switch
        {
            < 0.40 => Skewed(random, FunctionWords),
            < 0.72 => Skewed(random, ContentWords),
            < 0.93 => Skewed(random, _generated),
            < 0.985 => Skewed(random, Names),
            _ => Skewed(random, Acronyms),
        };
    }

    private static string Skewed(Random random, string[] words)
    {
        var u = random.NextDouble();
        return words[(int)(words.Length * u * u)];
    }
}

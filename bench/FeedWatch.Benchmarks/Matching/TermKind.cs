namespace FeedWatch.Benchmarks.Matching;

/// <summary>The shapes watch terms take in a real config, each with a word of its own (see <see cref="TermCatalogue"/>).</summary>
internal enum TermKind
{
    /// <summary>"Karvesh"</summary>
    Name,

    /// <summary>"Karvesh Valley"</summary>
    NameAndNoun,

    /// <summary>"northern Karvesh": the first word is common in the text, so the trie is walked to the second.</summary>
    AdjectiveAndName,

    /// <summary>"Karvesh Liberation Front"</summary>
    NameAndOrganisation,

    /// <summary>"Bank of Karvesh": "bank of" occurs in the text, so the trie is walked to the third word.</summary>
    HeadOfName,

    /// <summary>"TKV": matched case-sensitively by the matcher's acronym rule.</summary>
    Acronym,
}

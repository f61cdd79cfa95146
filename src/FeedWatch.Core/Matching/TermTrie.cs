namespace FeedWatch.Core.Matching;

/// <summary>
/// A trie over words rather than characters. Walking it from each word of the text finds every
/// term that starts there in time bounded by the longest term's word count, however many terms
/// there are, and word-level matching gives whole-word boundaries for free.
/// </summary>
internal sealed class TermTrie
{
    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> words, TermReference term)
    {
        var node = _root;
        foreach (var word in words)
        {
            if (!node.Children.TryGetValue(word, out var child))
            {
                child = new Node();
                node.Children.Add(word, child);
            }

            node = child;
        }

        node.Terms.Add(term);
    }

    /// <summary>Adds every term that starts at word <paramref name="start"/>, with the index of its last word.</summary>
    public void MatchAt(List<Token> tokens, int start, bool folded, List<(TermReference Term, int LastToken)> hits)
    {
        var node = _root;
        for (var i = start; i < tokens.Count; i++)
        {
            var word = folded ? tokens[i].Folded : tokens[i].Exact;
            if (!node.Children.TryGetValue(word, out node))
            {
                return;
            }

            foreach (var term in node.Terms)
            {
                hits.Add((term, i));
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<TermReference> Terms { get; } = [];
    }
}

using FeedWatch.Core.Configuration;

namespace FeedWatch.Core.Matching;

/// <summary>
/// Matches all terms of all rules in one pass over each field's words. A rule fires when one of
/// its terms occurs and none of its Exclude terms occurs anywhere in the item.
/// </summary>
public sealed class WatchMatcher
{
    private const int MaxAcronymLength = 5;

    private readonly List<string> _ruleNames;
    private readonly TermTrie _caseSensitive = new();
    private readonly TermTrie _caseInsensitive = new();

    public WatchMatcher(IEnumerable<WatchRuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var names = new List<string>();
        foreach (var rule in rules)
        {
            var ruleIndex = names.Count;
            names.Add(rule.Name);
            foreach (var term in rule.Terms)
            {
                AddTerm(term, new TermReference(ruleIndex, term, IsExclude: false), rule.CaseSensitive);
            }

            foreach (var term in rule.Exclude)
            {
                AddTerm(term, new TermReference(ruleIndex, term, IsExclude: true), rule.CaseSensitive);
            }
        }

        _ruleNames = names;
    }

    public IReadOnlyList<WatchMatch> Match(IEnumerable<MatchField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var vetoed = new HashSet<int>();
        var found = new List<(TermReference Term, MatchField Field, int Start, int End)>();
        var hits = new List<(TermReference Term, int LastToken)>();
        foreach (var field in fields)
        {
            if (string.IsNullOrEmpty(field.Text))
            {
                continue;
            }

            var tokens = TextTokenizer.Tokenize(field.Text);
            for (var i = 0; i < tokens.Count; i++)
            {
                hits.Clear();
                _caseSensitive.MatchAt(tokens, i, folded: false, hits);
                _caseInsensitive.MatchAt(tokens, i, folded: true, hits);
                foreach (var (term, last) in hits)
                {
                    if (term.IsExclude)
                    {
                        vetoed.Add(term.RuleIndex);
                    }
                    else
                    {
                        found.Add((term, field, tokens[i].Start, tokens[last].End));
                    }
                }
            }
        }

        return found
            .Where(hit => !vetoed.Contains(hit.Term.RuleIndex))
            .DistinctBy(hit => (hit.Term.RuleIndex, hit.Term.Term, hit.Field.Name))
            .Select(hit =>
            {
                var (snippet, hitStart) = Snippet.Around(hit.Field.Text, hit.Start, hit.End);
                return new WatchMatch(_ruleNames[hit.Term.RuleIndex], hit.Term.Term, hit.Field.Name, snippet, hitStart, hit.End - hit.Start);
            })
            .ToList();
    }

    private void AddTerm(string term, TermReference reference, bool? ruleCaseSensitive)
    {
        var tokens = TextTokenizer.Tokenize(term);
        if (tokens.Count == 0)
        {
            return;
        }

        if (ruleCaseSensitive ?? IsShortAcronym(tokens))
        {
            _caseSensitive.Add(tokens.Select(t => t.Exact).ToList(), reference);
        }
        else
        {
            _caseInsensitive.Add(tokens.Select(t => t.Folded).ToList(), reference);
        }
    }

    /// <summary>"TTP" is an acronym and must not match the word "ttp" in a dataset name; "Durand Line" is not.</summary>
    private static bool IsShortAcronym(List<Token> tokens) =>
        tokens is [var only] && only.Exact.Length is >= 2 and <= MaxAcronymLength
        && only.Exact.All(char.IsLetterOrDigit) && only.Exact.Any(char.IsUpper) && !only.Exact.Any(char.IsLower);
}

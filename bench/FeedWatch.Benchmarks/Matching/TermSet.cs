using FeedWatch.Core.Configuration;

namespace FeedWatch.Benchmarks.Matching;

/// <summary>The first <c>Terms</c> terms of the catalogue, grouped into rules of ten as a large config would group aliases.</summary>
internal sealed record TermSet(int Terms, IReadOnlyList<WatchRuleDefinition> Rules)
{
    private const int TermsPerRule = 10;

    public static TermSet Take(TermCatalogue catalogue, int terms)
    {
        var rules = catalogue.Terms
            .Take(terms)
            .Chunk(TermsPerRule)
            .Select((chunk, i) => new WatchRuleDefinition { Name = $"rule-{i + 1:0000}", Terms = [.. chunk] })
            .ToList();
        return new TermSet(terms, rules);
    }
}

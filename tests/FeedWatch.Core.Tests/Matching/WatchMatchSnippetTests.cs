using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Tests.Matching;

public sealed class WatchMatchSnippetTests
{
    private const string Ellipsis = "…";

    private static readonly WatchMatcher Matcher = new([new WatchRuleDefinition { Name = "TTP", Terms = ["TTP", "Durand Line"] }]);

    // 30 words of filler either side: far more than the ~80 characters of context.
    private static readonly string Filler = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));

    [Fact]
    public void Match_HitInShortText_SnippetIsWholeTextWithoutEllipsis()
    {
        const string text = "Officials say the TTP denied involvement.";

        var match = Assert.Single(Matcher.Match([new MatchField(MatchField.Summary, text)]));

        Assert.Equal(text, match.Snippet);
        Assert.Equal("TTP", match.Snippet.Substring(match.HitStart, match.HitLength));
    }

    [Fact]
    public void Match_HitInLongText_SnippetIsCutWithEllipsisAroundTheHit()
    {
        var text = $"{Filler} the TTP said {Filler}";

        var match = Assert.Single(Matcher.Match([new MatchField(MatchField.Summary, text)]));

        Assert.StartsWith(Ellipsis, match.Snippet, StringComparison.Ordinal);
        Assert.EndsWith(Ellipsis, match.Snippet, StringComparison.Ordinal);
        Assert.Equal("TTP", match.Snippet.Substring(match.HitStart, match.HitLength));
        // About ±80 characters of context, cut back to word boundaries, plus the two ellipses.
        var before = match.HitStart - Ellipsis.Length;
        var after = match.Snippet.Length - Ellipsis.Length - (match.HitStart + match.HitLength);
        Assert.InRange(before, 60, 80);
        Assert.InRange(after, 60, 80);
    }

    [Fact]
    public void Match_HitNearStartOfLongText_SnippetHasOnlyTrailingEllipsis()
    {
        var text = $"TTP statement: {Filler}";

        var match = Assert.Single(Matcher.Match([new MatchField(MatchField.Title, text)]));

        Assert.StartsWith("TTP statement", match.Snippet, StringComparison.Ordinal);
        Assert.EndsWith(Ellipsis, match.Snippet, StringComparison.Ordinal);
        Assert.Equal(0, match.HitStart);
        Assert.Equal(3, match.HitLength);
    }

    [Fact]
    public void Match_MultiWordTerm_HitCoversEveryWordOfTheTerm()
    {
        var text = $"{Filler} Kabul rejects the Durand Line again {Filler}";

        var match = Assert.Single(Matcher.Match([new MatchField(MatchField.Title, text)]));

        Assert.Equal("Durand Line", match.Term);
        Assert.Equal(MatchField.Title, match.Field);
        Assert.Equal("Durand Line", match.Snippet.Substring(match.HitStart, match.HitLength));
    }
}

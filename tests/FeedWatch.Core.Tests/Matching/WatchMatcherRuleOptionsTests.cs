using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Tests.Matching;

public sealed class WatchMatcherRuleOptionsTests
{
    private static List<string> FiredRules(WatchMatcher matcher, params MatchField[] fields) =>
        matcher.Match(fields).Select(m => m.Rule).Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Match_ExcludeTermInAnotherField_VetoesOnlyItsOwnRule()
    {
        var matcher = new WatchMatcher(
        [
            new WatchRuleDefinition { Name = "Frontier", Terms = ["Durand Line"], Exclude = ["cricket"] },
            new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"] },
        ]);

        var fired = FiredRules(matcher,
            new MatchField(MatchField.Title, "TTP threat near the Durand Line"),
            new MatchField(MatchField.Summary, "The cricket series goes ahead."));

        Assert.Equal(["TTP"], fired);
    }

    [Fact]
    public void Match_NoExcludeTermPresent_RuleWithExcludeStillFires()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Frontier", Terms = ["Durand Line"], Exclude = ["cricket"] }]);

        Assert.Equal(["Frontier"], FiredRules(matcher, new MatchField(MatchField.Title, "Shelling near the Durand Line")));
    }

    [Theory]
    [InlineData("Kabul rejects the Durand Line", true)]
    [InlineData("kabul rejects the durand line", false)]
    public void Match_CaseSensitiveTrue_PhraseMatchesOnlyItsOwnCase(string title, bool expected)
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Frontier", Terms = ["Durand Line"], CaseSensitive = true }]);

        Assert.Equal(expected, matcher.Match([new MatchField(MatchField.Title, title)]).Count > 0);
    }

    [Theory]
    [InlineData("TTP claims attack")]
    [InlineData("the ttp claims attack")]
    [InlineData("Ttp claims attack")]
    public void Match_CaseSensitiveFalse_AcronymMatchesAnyCase(string title)
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"], CaseSensitive = false }]);

        var match = Assert.Single(matcher.Match([new MatchField(MatchField.Title, title)]));
        Assert.Equal("TTP", match.Term);
    }

    [Fact]
    public void Match_TermWordsSplitByHyphenAndNewline_MatchesAcrossTheLineBreak()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Frontier", Terms = ["Afghan-Pakistan frontier"] }]);
        const string text = "Shelling reported across the Afghan-\nPakistan\n frontier overnight.";

        var match = Assert.Single(matcher.Match([new MatchField(MatchField.Summary, text)]));

        Assert.Equal("Afghan-Pakistan frontier", match.Term);
        Assert.Equal("Afghan-\nPakistan\n frontier", match.Snippet.Substring(match.HitStart, match.HitLength));
    }

    [Fact]
    public void Match_FullwidthLetters_MatchAcronymAndPointAtOriginalText()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"] }]);

        var match = Assert.Single(matcher.Match([new MatchField(MatchField.Title, "Talks with the ＴＴＰ stall")]));

        Assert.Equal("TTP", match.Term);
        Assert.Equal("ＴＴＰ", match.Snippet.Substring(match.HitStart, match.HitLength));
    }

    [Fact]
    public void Match_FullwidthTermInConfig_MatchesAsciiText()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Frontier", Terms = ["Ｄｕｒａｎｄ Ｌｉｎｅ"] }]);

        Assert.Equal(["Frontier"], FiredRules(matcher, new MatchField(MatchField.Title, "Kabul rejects the Durand Line")));
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Matching;

public sealed class WatchPatternTests
{
    [Fact]
    public void Match_Pattern_FlagsWithThePatternAsTermAndASnippetAroundTheHit()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Casualties", Patterns = [@"\b\d+ (?:soldiers|policemen) (?:killed|martyred)\b"] }]);

        var match = Assert.Single(matcher.Match([new MatchField(MatchField.Summary, "Officials said 12 soldiers killed in the ambush near Wana.")]));

        Assert.Equal(@"\b\d+ (?:soldiers|policemen) (?:killed|martyred)\b", match.Term);
        Assert.Equal("12 soldiers killed", match.Snippet.Substring(match.HitStart, match.HitLength));
        Assert.Equal("summary", match.Field);
    }

    [Fact]
    public void Match_PatternIgnoresCaseUnlessTheRuleIsCaseSensitive()
    {
        var loose = new WatchMatcher([new WatchRuleDefinition { Name = "P", Patterns = ["durand line"] }]);
        var strict = new WatchMatcher([new WatchRuleDefinition { Name = "P", Patterns = ["durand line"], CaseSensitive = true }]);
        MatchField[] fields = [new MatchField(MatchField.Title, "The Durand Line again")];

        Assert.Single(loose.Match(fields));
        Assert.Empty(strict.Match(fields));
    }

    [Fact]
    public void Match_CatastrophicPattern_TimesOutAsNoMatchAndLogsWhileOtherRulesStillFire()
    {
        var logger = new ListLogger<WatchMatcher>();
        var matcher = new WatchMatcher(
        [
            new WatchRuleDefinition { Name = "Evil", Patterns = ["^(a+)+$"], PatternTimeout = TimeSpan.FromMilliseconds(50) },
            new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"] },
        ], logger);
        // Exponential backtracking: 40 a's then a mismatch would run for hours without the timeout.
        var text = new string('a', 40) + "!";

        var fired = matcher.Match([new MatchField(MatchField.Title, "TTP statement"), new MatchField(MatchField.Summary, text)]);

        Assert.Equal(["TTP"], fired.Select(m => m.Rule));
        Assert.Contains(logger.Entries, e => e.Message.Contains("Evil", StringComparison.Ordinal) && e.Message.Contains("PatternTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_ExcludeTerm_VetoesAPatternMatchToo()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "P", Patterns = [@"\battack\b"], Exclude = ["cricket"] }]);

        Assert.Empty(matcher.Match([new MatchField(MatchField.Title, "Pace attack wins the cricket test")]));
    }
}

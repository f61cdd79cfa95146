using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Tests.Matching;

public sealed class WatchRuleFieldsAndVersionTests
{
    [Fact]
    public void Match_RuleWithFields_ReadsOnlyThoseFields()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Headline", Terms = ["TTP"], Fields = ["title"] }]);

        Assert.Empty(matcher.Match([new MatchField(MatchField.Summary, "TTP statement"), new MatchField(MatchField.Title, "Border news")]));
        Assert.Single(matcher.Match([new MatchField(MatchField.Title, "TTP statement")]));
    }

    [Fact]
    public void Match_ExcludeOutsideTheRulesFields_DoesNotVeto()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Frontier", Terms = ["Durand Line"], Exclude = ["cricket"], Fields = ["title"] }]);

        var fired = matcher.Match([new MatchField(MatchField.Title, "Shelling on the Durand Line"), new MatchField(MatchField.Categories, "Sport; cricket")]);

        Assert.Single(fired);
    }

    [Fact]
    public void Match_RecordsTheVersionOfTheRuleThatMatched()
    {
        var rule = new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"] };

        var match = Assert.Single(new WatchMatcher([rule]).Match([new MatchField(MatchField.Title, "TTP")]));

        Assert.Equal(WatchRuleVersion.Of(rule), match.RuleVersion);
        Assert.Matches("^[0-9a-f]{12}$", match.RuleVersion);
    }

    [Fact]
    public void Version_ChangesWithWhatTheRuleMatchesButNotWithItsWebhook()
    {
        var rule = new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"] };
        var sameWithWebhook = new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"], Webhook = "http://127.0.0.1:9/hook" };
        var moreTerms = new WatchRuleDefinition { Name = "TTP", Terms = ["TTP", "Pakistani Taliban"] };
        var excluding = new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"], Exclude = ["HTTP"] };
        var caseSensitive = new WatchRuleDefinition { Name = "TTP", Terms = ["TTP"], CaseSensitive = false };

        Assert.Equal(WatchRuleVersion.Of(rule), WatchRuleVersion.Of(sameWithWebhook));
        Assert.Equal(4, new[] { rule, moreTerms, excluding, caseSensitive }.Select(WatchRuleVersion.Of).Distinct().Count());
    }
}

using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Tests.Matching;

public sealed class WatchRuleCasesTests
{
    public static TheoryData<string> CaseIds => new(WatchRuleCases.Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Cases_SharedFile_AreLoaded()
    {
        // 39 lines in watch/cases.jsonl when written; guards against a silently empty theory.
        Assert.True(WatchRuleCases.Cases.Count >= 39, $"Only {WatchRuleCases.Cases.Count} cases loaded.");
        Assert.Equal(["TTP", "Afghan-Pakistan frontier"], WatchRuleCases.Rules.Select(r => r.Name));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Match_LabelledCase_FiresExactlyTheExpectedRules(string caseId)
    {
        var item = WatchRuleCases.Cases[caseId];
        var matcher = new WatchMatcher(WatchRuleCases.Rules);

        var matches = matcher.Match(
        [
            new MatchField(MatchField.Title, item.Title),
            new MatchField(MatchField.Summary, HtmlText.ToPlainText(item.Summary)),
        ]);

        var fired = matches.Select(m => m.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(item.Expect.Order(StringComparer.Ordinal), fired);
    }
}

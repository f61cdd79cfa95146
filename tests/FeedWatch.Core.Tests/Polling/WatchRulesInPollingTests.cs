using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedWatch.Core.Tests.Polling;

/// <summary>Watch rules as the poller applies them: a pathological pattern, alert events, rules replaced between polls.</summary>
public sealed class WatchRulesInPollingTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private LoopbackFeedServer _server = null!;
    private PipelineFactory _pipeline = null!;
    private FeedDefinition _alpha = null!;
    private FeedDefinition _beta = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackFeedServer.StartAsync();
        _alpha = new FeedDefinition { Id = "alpha", Url = _server.Url("/alpha").AbsoluteUri };
        _beta = new FeedDefinition { Id = "beta", Url = _server.Url("/beta").AbsoluteUri };
        var options = TestOptions.Create(_temp.File("rules.db"), _alpha, _beta);
        // Nested quantifiers over a long run of one letter: exponential backtracking without the timeout.
        options.Watch.Add(new WatchRuleDefinition { Name = "Evil", Patterns = ["^(a+)+$"], PatternTimeout = TimeSpan.FromMilliseconds(50) });
        _pipeline = new PipelineFactory(options, _clock);
        _server.ServeDocument("/alpha", RssBuilder.Feed("Alpha",
            new TestEntry("TTP claims attack near Bannu", "https://alpha.example/1", Description: new string('a', 5000) + "!"),
            new TestEntry("Floods in Swat", "https://alpha.example/2")));
        _server.ServeDocument("/beta", RssBuilder.Feed("Beta", new TestEntry("Shelling along the Durand Line", "https://beta.example/1")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Poll_CatastrophicPattern_TimesOutWithoutStallingThisOrOtherFeeds()
    {
        var outcomes = await Task.WhenAll(
            _pipeline.Poller.PollAsync(_alpha, CancellationToken.None),
            _pipeline.Poller.PollAsync(_beta, CancellationToken.None));

        Assert.All(outcomes, outcome => Assert.Equal(PollStatus.Stored, outcome.Status));
        var flagged = _pipeline.Store.Query(new ItemQuery { FlaggedOnly = true });
        Assert.Equal(
            ["Afghan-Pakistan frontier", "TTP"],
            flagged.SelectMany(item => item.Matches).Select(m => m.Rule).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Poll_NewFlaggedItems_LogOneAlertEventPerRuleAndNoneWhenPolledAgain()
    {
        await _pipeline.Poller.PollAsync(_alpha, CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        await _pipeline.Poller.PollAsync(_alpha, CancellationToken.None);

        var alerts = _pipeline.PollerLog.Entries.Where(e => e.Message.StartsWith("Flagged for", StringComparison.Ordinal)).ToList();
        var alert = Assert.Single(alerts);
        Assert.Contains("Flagged for TTP: TTP claims attack near Bannu (https://alpha.example/1) from alpha", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_AfterRulesReplaced_NewItemsAreMatchedWithTheNewRules()
    {
        var rules = _pipeline.Services<WatchRuleSet>();
        rules.Replace([new WatchRuleDefinition { Name = "Swat", Terms = ["Swat"] }]);

        await _pipeline.Poller.PollAsync(_alpha, CancellationToken.None);

        var flagged = Assert.Single(_pipeline.Store.Query(new ItemQuery { FlaggedOnly = true }));
        Assert.Equal(("Floods in Swat", "Swat"), (flagged.Title, flagged.Matches.Single().Rule));
        Assert.Equal(WatchRuleVersion.Of(rules.Current.Definitions[0]), flagged.Matches.Single().RuleVersion);
    }
}

using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Logging;

namespace FeedWatch.Daemon.Tests;

/// <summary>The real reload service watching a real config file that the test edits on disk.</summary>
public sealed class RuleReloadTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly ListLogger<ConfigReloadService> _log = new();
    private DaemonTestFixture _fixture = null!;
    private WatchRuleSet _rules = null!;
    private ConfigReloadService _service = null!;

    public async Task InitializeAsync()
    {
        _fixture = await DaemonTestFixture.StartAsync();
        WriteConfig(rule => rule.Terms = ["Durand Line"]);
        var loaded = ConfigLoader.Load(_fixture.ConfigPath);
        _rules = new WatchRuleSet(loaded.Options!.Watch, new ListLogger<WatchRuleSet>());
        _service = new ConfigReloadService(new ConfigFile(_fixture.ConfigPath), [new RuleChangeHandler(_rules)], _log);
        await _service.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        await _fixture.DisposeAsync();
    }

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task ValidEdit_PutsTheNewTermsInForce_InvalidEdit_IsLoggedAndLeavesThemInForce()
    {
        Assert.True(Flags("Shelling near the Durand Line"));

        WriteConfig(rule => rule.Terms = ["Torkham crossing"]);
        await WaitUntil(() => Flags("Torkham crossing closed again"));

        Assert.False(Flags("Shelling near the Durand Line"));
        var inForce = _rules.Current;

        WriteConfig(rule =>
        {
            rule.Terms = ["Chaman crossing"];
            rule.Patterns = ["(unclosed"];
        });
        await WaitUntil(() => Errors().Count > 0);

        Assert.Same(inForce, _rules.Current);
        Assert.True(Flags("Torkham crossing closed again"));
        Assert.False(Flags("Chaman crossing closed again"));
        Assert.All(Errors(), error =>
        {
            Assert.Contains("Watch:1:Patterns:0 '(unclosed' is not a valid regular expression", error, StringComparison.Ordinal);
            Assert.Contains(_fixture.ConfigPath, error, StringComparison.Ordinal);
        });

        // The broken edit must not have stopped the watch: the fix is picked up.
        WriteConfig(rule => rule.Terms = ["Chaman crossing"]);
        await WaitUntil(() => Flags("Chaman crossing closed again"));
        Assert.False(Flags("Torkham crossing closed again"));
    }

    [Fact]
    public async Task EditorSaveByRenameOverTheFile_PutsTheNewTermsInForce()
    {
        var edited = _fixture.Temp.File("feedwatch.json.swp");
        File.WriteAllText(edited, File.ReadAllText(_fixture.ConfigPath).Replace("Durand Line", "Torkham crossing", StringComparison.Ordinal));

        // Swapped in whole, as many editors save: the watched file itself is never written to.
        File.Move(edited, _fixture.ConfigPath, overwrite: true);
        await WaitUntil(() => Flags("Torkham crossing closed again"));

        Assert.False(Flags("Shelling near the Durand Line"));
        Assert.Empty(Errors());
    }

    private List<string> Errors() => [.. _log.Entries.Where(entry => entry.Level == LogLevel.Error).Select(entry => entry.Message)];

    private bool Flags(string title) =>
        _rules.Current.Matcher.Match([new MatchField(MatchField.Title, title)]).Any(match => match.Rule == "Afghan-Pakistan frontier");

    /// <summary>Edits the second sample rule, the frontier one, so that an error must name the right index.</summary>
    private void WriteConfig(Action<WatchRuleDefinition> editFrontier) =>
        _fixture.WriteConfig(options => editFrontier(options.Watch[1]), _fixture.Feed("dawn", "/dawn"));

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not true within {Deadline}");
            await Task.Delay(50);
        }
    }
}

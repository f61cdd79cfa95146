using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FeedOverrideEnvironment
{
    public const string Name = "FeedWatch__Feeds__ override set for the process";
}

/// <summary>
/// Appended entries are valid by construction, so only an environment override can make the written
/// config invalid; the environment belongs to the process, so this runs alone.
/// </summary>
[Collection(FeedOverrideEnvironment.Name)]
public sealed class OpmlImportRefusalTests : IDisposable
{
    private const string Override = "FeedWatch__Feeds__2__Interval";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_Write_ResultInvalid_ExitsTwoAndLeavesTheConfigUntouched()
    {
        var config = _temp.File("feedwatch.json");
        File.WriteAllText(config, OpmlCommandTests.Config);
        // Harmless while the config has two feeds; the third, imported, would get a negative interval.
        Environment.SetEnvironmentVariable(Override, "-00:01:00");
        try
        {
            var result = await CliRun.RunAsync("opml", "import", OpmlCommandTests.Corpus("newsboat/example.opml"), "--config", config, "--write");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Feeds:2:Interval", result.Error, StringComparison.Ordinal);
            Assert.Equal(OpmlCommandTests.Config, File.ReadAllText(config));
            Assert.False(File.Exists(config + ".partial"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Override, null);
        }
    }
}

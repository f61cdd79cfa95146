using FeedWatch.Core.Polling;
using NetArchTest.Rules;

namespace FeedWatch.Daemon.Tests;

/// <summary>The dependency rules of DESIGN.md, checked on the compiled assemblies.</summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Core = typeof(FeedPoller).Assembly;

    private static readonly string[] PureStages =
        ["FeedWatch.Core.Parsing", "FeedWatch.Core.Normalizing", "FeedWatch.Core.Deduplication", "FeedWatch.Core.Matching"];

    [Fact]
    public void Core_DependsOnNeitherDaemonNorCliNorQuartz()
    {
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOnAny("FeedWatch.Daemon", "FeedWatch.Cli", "Quartz").GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void PureStages_DoNoIo()
    {
        var result = Types.InAssembly(Core).That().ResideInNamespace(PureStages[0]).Or().ResideInNamespace(PureStages[1])
            .Or().ResideInNamespace(PureStages[2]).Or().ResideInNamespace(PureStages[3])
            .ShouldNot().HaveDependencyOnAny("LiteDB", "System.Net.Http", "System.IO.File", "System.IO.FileInfo", "System.IO.Directory")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void OnlyStorage_ReferencesLiteDb()
    {
        var result = Types.InAssembly(Core).That().DoNotResideInNamespace("FeedWatch.Core.Storage")
            .ShouldNot().HaveDependencyOn("LiteDB").GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void OnlyFetchingAndAlerts_ReferenceHttpClient()
    {
        // Feeds come in through Fetching and webhooks go out through Alerts; nothing else talks HTTP.
        var result = Types.InAssembly(Core).That().DoNotResideInNamespace("FeedWatch.Core.Fetching")
            .And().DoNotResideInNamespace("FeedWatch.Core.Alerts")
            .ShouldNot().HaveDependencyOnAny("System.Net.Http.HttpClient", "System.Net.Http.IHttpClientFactory").GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Cli_DoesNotReferenceQuartz()
    {
        var result = Types.InAssembly(typeof(Cli.CliApp).Assembly).ShouldNot().HaveDependencyOn("Quartz").GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    private static string Describe(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}

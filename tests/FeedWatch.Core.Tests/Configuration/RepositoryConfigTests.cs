using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Configuration;

// Loads config, which reads FeedWatch__ variables that ConfigSourceTests sets.
[Collection(ProcessEnvironmentTests.Name)]
public sealed class RepositoryConfigTests
{
    private static readonly string ConfigPath = Path.Combine(RepositoryPaths.Config, "feedwatch.json");

    [Fact]
    public void Load_RepositoryConfig_HasNoErrors()
    {
        var result = ConfigLoader.Load(ConfigPath);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Load_RepositoryConfig_OfflineSampleFeedResolvesToAnExistingFile()
    {
        var options = ConfigLoader.Load(ConfigPath).Options!;

        var sample = Assert.Single(options.Feeds, f => f.Url.StartsWith("file:", StringComparison.Ordinal));
        Assert.True(File.Exists(new Uri(sample.Url).LocalPath), $"{sample.Id} points at {sample.Url}.");
    }

    [Fact]
    public void Load_RepositoryConfig_HasTheDesignWatchRules()
    {
        var options = ConfigLoader.Load(ConfigPath).Options!;

        Assert.Equal(["TTP", "Afghan-Pakistan frontier"], options.Watch.Select(r => r.Name));
        Assert.Equal(["cricket"], options.Watch[1].Exclude);
    }
}

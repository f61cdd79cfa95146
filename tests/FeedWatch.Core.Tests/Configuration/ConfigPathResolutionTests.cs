using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Configuration;

// Loads config, which reads FeedWatch__ variables that ConfigSourceTests sets.
[Collection(ProcessEnvironmentTests.Name)]
public sealed class ConfigPathResolutionTests
{
    private static readonly string ConfigDirectory = Path.Combine(Path.GetTempPath(), "feedwatch-config");

    [Fact]
    public void Load_RelativeFileUrlAndStoragePath_ResolveAgainstConfigDirectory()
    {
        using var directory = new TempDirectory();
        var configDirectory = Path.Combine(directory.Path, "etc");
        Directory.CreateDirectory(configDirectory);
        var configPath = Path.Combine(configDirectory, "feedwatch.json");
        File.WriteAllText(configPath, """
            {
              "Storage": { "Path": "../data/fw.db" },
              "Feeds": [ { "Id": "sample", "Url": "file:samples/x.xml" } ]
            }
            """);

        var options = ConfigLoader.Load(configPath).Options!;

        Assert.Equal(Path.Combine(directory.Path, "data", "fw.db"), options.Storage.Path);
        Assert.Equal(new Uri(Path.Combine(configDirectory, "samples", "x.xml")).AbsoluteUri, options.Feeds[0].Url);
    }

    [Fact]
    public void Load_RelativeConfigPath_LoadsTheSameFileAsItsAbsolutePath()
    {
        using var directory = new TempDirectory();
        var configPath = directory.File("feedwatch.json");
        File.WriteAllText(configPath, """{ "Feeds": [ { "Id": "sample", "Url": "file:x.xml" } ] }""");

        var result = ConfigLoader.Load(Path.GetRelativePath(Environment.CurrentDirectory, configPath));

        Assert.Empty(result.Errors);
        Assert.Equal(new Uri(directory.File("x.xml")).AbsoluteUri, result.Options!.Feeds[0].Url);
    }

    [Theory]
    [InlineData("file:samples/x.xml", "feedwatch/samples/x.xml")]
    [InlineData("file:../shared/x.xml", "shared/x.xml")]
    public void Resolve_RelativeFileUrl_ResolvesAgainstConfigDirectory(string url, string expectedUnderRoot)
    {
        var root = Path.Combine(Path.GetTempPath(), "fw-root");

        var resolved = FeedUrl.Resolve(url, Path.Combine(root, "feedwatch"));

        Assert.Equal(new Uri(Path.Combine(root, expectedUnderRoot)), resolved);
    }

    [Fact]
    public void Resolve_AbsoluteFileUrl_IsKept()
    {
        var path = Path.Combine(Path.GetTempPath(), "feeds", "x.xml");

        Assert.Equal(new Uri(path), FeedUrl.Resolve(new Uri(path).AbsoluteUri, ConfigDirectory));
    }

    [Theory]
    [InlineData("https://www.dawn.com/feeds/home")]
    [InlineData("  http://example.org/rss  ")]
    public void Resolve_HttpUrl_IsKept(string url) =>
        Assert.Equal(new Uri(url.Trim()), FeedUrl.Resolve(url, ConfigDirectory));

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/rss")]
    [InlineData("")]
    public void Resolve_NotAFeedUrl_ReturnsNull(string url) =>
        Assert.Null(FeedUrl.Resolve(url, ConfigDirectory));
}

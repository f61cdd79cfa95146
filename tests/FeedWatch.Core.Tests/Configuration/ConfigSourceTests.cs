using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Configuration;

/// <summary>Where the config comes from: --config, FEEDWATCH_CONFIG, the default path, FeedWatch__ overrides.</summary>
/// <remarks>These tests set process environment variables, so they run in a collection of their own.</remarks>
[Collection(ProcessEnvironmentTests.Name)]
public sealed class ConfigSourceTests
{
    [Fact]
    public void Resolve_NoArgument_UsesFeedWatchConfigVariable()
    {
        using var variable = new EnvironmentVariableScope(ConfigPathResolver.EnvironmentVariable, "/etc/feedwatch/custom.json");

        Assert.Equal("/etc/feedwatch/custom.json", ConfigPathResolver.Resolve(null));
    }

    [Fact]
    public void Resolve_CommandLinePath_WinsOverVariable()
    {
        using var variable = new EnvironmentVariableScope(ConfigPathResolver.EnvironmentVariable, "/etc/feedwatch/custom.json");

        Assert.Equal("/srv/fw.json", ConfigPathResolver.Resolve("/srv/fw.json"));
    }

    [Fact]
    public void Resolve_NothingGiven_IsConfigFeedwatchJsonUnderWorkingDirectory()
    {
        using var variable = new EnvironmentVariableScope(ConfigPathResolver.EnvironmentVariable, null);

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "config", "feedwatch.json"), ConfigPathResolver.Resolve(null));
    }

    [Fact]
    public void Load_PrefixedEnvironmentVariable_OverridesTheFile()
    {
        using var directory = new TempDirectory();
        var path = directory.File("feedwatch.json");
        File.WriteAllText(path, """{ "Storage": { "Path": "from-file.db" } }""");
        using var variable = new EnvironmentVariableScope("FeedWatch__Storage__Path", "/var/lib/feedwatch/override.db");

        var options = ConfigLoader.Load(path).Options!;

        Assert.Equal("/var/lib/feedwatch/override.db", options.Storage.Path);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentTests
{
    public const string Name = "Process environment";
}

/// <summary>Sets an environment variable for the length of a test and restores it afterwards.</summary>
internal sealed class EnvironmentVariableScope : IDisposable
{
    private readonly string _name;
    private readonly string? _previous;

    public EnvironmentVariableScope(string name, string? value)
    {
        _name = name;
        _previous = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(_name, _previous);
}

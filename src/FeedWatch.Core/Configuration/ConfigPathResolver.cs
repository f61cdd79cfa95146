namespace FeedWatch.Core.Configuration;

/// <summary>Which config file both executables read: <c>--config</c>, else <c>FEEDWATCH_CONFIG</c>, else <c>config/feedwatch.json</c>.</summary>
public static class ConfigPathResolver
{
    public const string EnvironmentVariable = "FEEDWATCH_CONFIG";
    public const string DefaultRelativePath = "config/feedwatch.json";

    public static string Resolve(string? commandLinePath)
    {
        var chosen = !string.IsNullOrWhiteSpace(commandLinePath)
            ? commandLinePath
            : Environment.GetEnvironmentVariable(EnvironmentVariable);
        return Path.GetFullPath(string.IsNullOrWhiteSpace(chosen) ? DefaultRelativePath : chosen);
    }
}

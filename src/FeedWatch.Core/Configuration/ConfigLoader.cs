using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace FeedWatch.Core.Configuration;

/// <summary>Reads <c>feedwatch.json</c> plus <c>FeedWatch__*</c> environment overrides, binds and validates it.</summary>
public static class ConfigLoader
{
    public const string EnvironmentPrefix = "FeedWatch__";

    public static IConfigurationBuilder AddFeedWatchSources(this IConfigurationBuilder builder, string configPath, bool reloadOnChange = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var fullPath = Path.GetFullPath(configPath);
        return builder
            .Add(new IndexedJsonConfigurationSource
            {
                // The default provider hides dot-files, so `--config ~/.feedwatch.json` would be "not found".
                FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(fullPath)!, ExclusionFilters.None),
                Path = Path.GetFileName(fullPath),
                Optional = false,
                ReloadOnChange = reloadOnChange,
            })
            .AddEnvironmentVariables(EnvironmentPrefix);
    }

    public static ConfigLoadResult Load(string configPath)
    {
        // The JSON provider resolves relative paths against the app's folder, not the working directory.
        configPath = Path.GetFullPath(configPath);
        if (!File.Exists(configPath))
        {
            return new ConfigLoadResult(configPath, null, null,
                [$"Config file '{configPath}' does not exist. Pass --config PATH or set {ConfigPathResolver.EnvironmentVariable}."]);
        }

        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddFeedWatchSources(configPath).Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException)
        {
            return new ConfigLoadResult(configPath, null, null, [$"Config file '{configPath}' is not valid JSON{JsonSyntaxError.Describe(ex)}"]);
        }

        var (options, errors) = Bind(configuration, Path.GetDirectoryName(configPath)!);
        return new ConfigLoadResult(configPath, configuration, options, errors);
    }

    /// <summary>Binds, validates and resolves relative paths against <paramref name="configDirectory"/>.</summary>
    public static (FeedWatchOptions? Options, IReadOnlyList<string> Errors) Bind(IConfiguration configuration, string configDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (errors, badKeys) = ConfigValueChecker.Check(configuration);
        var bindable = badKeys.Count == 0 ? configuration : WithoutKeys(configuration, badKeys);
        var options = bindable.Get<FeedWatchOptions>() ?? new FeedWatchOptions();
        errors.AddRange(FeedWatchOptionsValidator.Validate(options, configDirectory));
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        options.Storage.Path = Path.GetFullPath(options.Storage.Path, configDirectory);
        foreach (var feed in options.Feeds)
        {
            feed.Url = FeedUrl.Resolve(feed.Url, configDirectory)!.AbsoluteUri;
        }

        return (options, errors);
    }

    /// <summary>The same settings minus values that cannot be bound, so the rest can still be validated.</summary>
    private static IConfiguration WithoutKeys(IConfiguration configuration, HashSet<string> keys) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.AsEnumerable().Where(pair => !keys.Any(key => IsSameOrBelow(pair.Key, key))))
            .Build();

    private static bool IsSameOrBelow(string path, string key) =>
        path.Equals(key, StringComparison.OrdinalIgnoreCase) || path.StartsWith(key + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase);
}

using FeedWatch.Core;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Polling;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace FeedWatch.Daemon;

/// <summary>Builds and runs the daemon host; separate from Program so that tests run it in-process.</summary>
internal static class DaemonApp
{
    public const int ExitSuccess = 0;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (arguments, error) = DaemonArguments.Parse(args);
        if (arguments is null || arguments.Help)
        {
            await Console.Error.WriteLineAsync(error is null ? DaemonArguments.Usage : $"{error}\n\n{DaemonArguments.Usage}");
            return arguments is null ? ExitUsage : ExitSuccess;
        }

        var configPath = ConfigPathResolver.Resolve(arguments.ConfigPath);
        var loaded = ConfigLoader.Load(configPath);
        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Errors)
            {
                Log.Fatal("Invalid configuration in {ConfigPath}: {Problem}", configPath, problem);
            }

            return ExitUsage;
        }

        using var host = Build(configPath, loaded.Options!, arguments.Once);
        IItemStore store;
        try
        {
            store = host.Services.GetRequiredService<IItemStore>();
        }
        catch (InvalidDataException ex)
        {
            Log.Fatal("Storage:Path: {Problem}", ex.Message);
            return ExitUsage;
        }

        if (store.DailyCountsMissing())
        {
            Log.Information("Counting stored items per day for `feedwatch stats` (once, for a database written before the counts existed)");
            store.RebuildDailyCounts();
        }

        var retired = FeedRetirement.RetireRemoved(store, loaded.Options!.Feeds);
        if (retired.Count > 0)
        {
            Log.Information("Feeds no longer in the config, kept with their items and marked retired: {FeedIds}", retired);
        }

        Log.Information("FeedWatch starting with {ConfigPath}: {FeedCount} feeds, {RuleCount} watch rules, database {DatabasePath}",
            configPath, loaded.Options!.Feeds.Count(f => f.Enabled), loaded.Options.Watch.Count, loaded.Options.Storage.Path);
        await host.RunAsync(cancellationToken);
        Log.Information("FeedWatch stopped");
        return ExitSuccess;
    }

    private static IHost Build(string configPath, FeedWatchOptions options, bool once)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Path.GetDirectoryName(configPath),
        });
        builder.Configuration.AddFeedWatchSources(configPath);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
        builder.Services.AddFeedWatchCore(options);
        // Polls under way see the stop token and are abandoned before they write (FeedPollRunner), so
        // a stop never needs long; service managers (docker, systemd) allow more before SIGKILL.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<FeedPollRunner>();
        builder.Services.AddHeartbeatAndMetrics(options, once);
        builder.Services.AddSingleton(new ConfigFile(configPath, options));
        if (once)
        {
            builder.Services.AddHostedService<PollOnceService>();
        }
        else
        {
            builder.Services.AddFeedScheduling(options, TimeProvider.System, Random.Shared);
            builder.Services.AddHostedService<WebhookDeliveryService>();
            // In this order: options first (polls look feeds up there), then jobs, then rules.
            builder.Services.AddSingleton<IConfigChangeHandler, OptionsChangeHandler>();
            builder.Services.AddSingleton<IConfigChangeHandler, FeedScheduleChangeHandler>();
            builder.Services.AddSingleton<IConfigChangeHandler, RuleChangeHandler>();
            builder.Services.AddHostedService<ConfigReloadService>();
            builder.Services.AddHostedService<SearchIndexService>();
            builder.Services.AddHostedService<RetentionService>();
        }

        return builder.Build();
    }
}

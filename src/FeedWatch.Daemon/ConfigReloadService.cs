using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace FeedWatch.Daemon;

/// <summary>
/// Puts edited watch rules in force without a restart. The whole config is read and validated
/// again; an invalid edit is logged with every problem and the rules in force stay as they were.
/// </summary>
internal sealed partial class RuleReloadService(ConfigFile configFile, WatchRuleSet rules, ILogger<RuleReloadService> logger)
    : IHostedService, IDisposable
{
    // Editors save in several writes (truncate, write, rename); reading after the last one avoids half a file.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private CancellationTokenSource? _pending;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _files = new PhysicalFileProvider(Path.GetDirectoryName(configFile.Path)!) { UsePollingFileWatcher = false };
        _subscription = ChangeToken.OnChange(() => _files.Watch(Path.GetFileName(configFile.Path)), ScheduleReload);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _pending?.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _files?.Dispose();
        _pending?.Dispose();
    }

    private void ScheduleReload()
    {
        var pending = new CancellationTokenSource();
        Interlocked.Exchange(ref _pending, pending)?.Cancel();
        _ = ReloadAfterSettleAsync(pending.Token);
    }

    private async Task ReloadAfterSettleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Settle, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        ConfigLoadResult loaded;
        try
        {
            loaded = ConfigLoader.Load(configFile.Path);
        }
#pragma warning disable CA1031 // Nobody awaits this task: whatever went wrong must reach the log, and the rules in force stay.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReloadFailed(logger, ex, configFile.Path);
            return;
        }

        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Errors)
            {
                LogInvalidEdit(logger, configFile.Path, problem);
            }

            return;
        }

        if (RulesDiffer(rules.Current.Definitions, loaded.Options!.Watch))
        {
            rules.Replace(loaded.Options.Watch);
        }
    }

    private static bool RulesDiffer(IReadOnlyList<WatchRuleDefinition> current, IReadOnlyList<WatchRuleDefinition> edited) =>
        !current.Select(Describe).SequenceEqual(edited.Select(Describe), StringComparer.Ordinal);

    private static string Describe(WatchRuleDefinition rule) => $"{WatchRuleVersion.Of(rule)} {rule.Webhook} {rule.PatternTimeout}";

    [LoggerMessage(Level = LogLevel.Error, Message = "Edited config {ConfigPath} could not be read; the watch rules in force stay")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string configPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Edited config {ConfigPath} is invalid and was not applied; the watch rules in force stay: {Problem}")]
    private static partial void LogInvalidEdit(ILogger logger, string configPath, string problem);
}

/// <summary>The config file the daemon was started with.</summary>
internal sealed record ConfigFile(string Path);

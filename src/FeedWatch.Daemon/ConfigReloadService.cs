using FeedWatch.Core.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace FeedWatch.Daemon;

/// <summary>
/// Puts edits of the config file in force without a restart. The whole file is read and validated
/// again; a valid edit goes to each <see cref="IConfigChangeHandler"/> (options, schedule, rules) in
/// turn, an invalid one is logged with every problem and its key, and the last good config stays.
/// </summary>
internal sealed partial class ConfigReloadService(ConfigFile configFile, IEnumerable<IConfigChangeHandler> handlers, ILogger<ConfigReloadService> logger)
    : IHostedService, IDisposable
{
    // Editors save in several writes (truncate, write, rename); reading after the last one avoids half a file.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly SemaphoreSlim _applying = new(1, 1);
    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private CancellationTokenSource? _pending;
    private FeedWatchOptions? _inForce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _inForce = configFile.Initial ?? ConfigLoader.Load(configFile.Path).Options;
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
        _applying.Dispose();
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
            await _applying.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            var loaded = ConfigLoader.Load(configFile.Path);
            if (!loaded.IsValid)
            {
                foreach (var problem in loaded.Errors)
                {
                    LogInvalidEdit(logger, configFile.Path, problem);
                }

                return;
            }

            var next = loaded.Options!;
            if (_inForce is { } previous)
            {
                KeepWhatNeedsARestart(previous, next);
            }

            foreach (var handler in handlers)
            {
                await handler.ApplyAsync(_inForce, next, cancellationToken);
            }

            _inForce = next;
        }
#pragma warning disable CA1031 // Nobody awaits this task: whatever went wrong must reach the log, and the config in force stays.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogReloadFailed(logger, ex, configFile.Path);
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>The database the daemon writes is opened once; moving it is a restart.</summary>
    private void KeepWhatNeedsARestart(FeedWatchOptions previous, FeedWatchOptions next)
    {
        if (!string.Equals(previous.Storage.Path, next.Storage.Path, StringComparison.Ordinal))
        {
            LogNeedsRestart(logger, "Storage:Path", next.Storage.Path, previous.Storage.Path);
            next.Storage = previous.Storage;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Edited config {ConfigPath} could not be applied; the config in force stays")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string configPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Edited config {ConfigPath} is invalid and was not applied; the config in force stays: {Problem}")]
    private static partial void LogInvalidEdit(ILogger logger, string configPath, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} changed to {NewValue}; that takes a restart, so {OldValue} stays in use until then")]
    private static partial void LogNeedsRestart(ILogger logger, string key, string newValue, string oldValue);
}

/// <summary>The config file the daemon was started with, and what it held then.</summary>
internal sealed record ConfigFile(string Path, FeedWatchOptions? Initial = null);

/// <summary>One part of the daemon that follows config edits.</summary>
internal interface IConfigChangeHandler
{
    /// <param name="previous">The config in force before; null if the daemon started without one it could read again.</param>
    Task ApplyAsync(FeedWatchOptions? previous, FeedWatchOptions next, CancellationToken cancellationToken);
}

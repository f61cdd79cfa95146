using System.Text.Json;
using FeedWatch.Cli;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Daemon.Tests;

/// <summary>A loopback server, a temp directory with a config file, and ways to run the daemon and the CLI in-process.</summary>
public sealed class DaemonTestFixture : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private DaemonTestFixture(LoopbackFeedServer server) => Server = server;

    public LoopbackFeedServer Server { get; }

    public TempDirectory Temp { get; } = new();

    public string DatabasePath => Temp.File("feedwatch.db");

    public string ConfigPath => Temp.File("feedwatch.json");

    public static async Task<DaemonTestFixture> StartAsync() => new(await LoopbackFeedServer.StartAsync());

    public FeedDefinition Feed(string id, string path, TimeSpan? interval = null) =>
        new() { Id = id, Url = Server.Url(path).AbsoluteUri, Interval = interval };

    public void WriteConfig(params FeedDefinition[] feeds) => WriteConfig(_ => { }, feeds);

    public void WriteConfig(Action<FeedWatchOptions> configure, params FeedDefinition[] feeds)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = TestOptions.Create(DatabasePath, feeds);
        configure(options);
        File.WriteAllText(ConfigPath, JsonSerializer.Serialize(options, JsonOptions));
    }

    public Task<int> RunDaemonAsync(CancellationToken cancellationToken, params string[] extraArgs) =>
        DaemonApp.RunAsync(["--config", ConfigPath, .. extraArgs], cancellationToken);

    public async Task<(int ExitCode, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, TimeProvider.System, TimeZoneInfo.Utc);
        var exitCode = await CliApp.RunAsync([.. args, "--db", DatabasePath], console, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Temp.Dispose();
    }
}

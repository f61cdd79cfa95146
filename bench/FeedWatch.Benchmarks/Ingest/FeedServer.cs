using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// shared/tools/serve.py over the generated feeds, on 127.0.0.1 only, on a free port: strong ETags
/// and Last-Modified, 304 on conditional GET, TCP_NODELAY. Killed on dispose; it also stops by itself
/// after <see cref="MaxSeconds"/> should the benchmark die first.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private const int MaxSeconds = 3600;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly Task<string> _error;
    private readonly HttpClient _client;

    private FeedServer(Process process, Task<string> error, int port)
    {
        _process = process;
        _error = error;
        Port = port;
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public int Port { get; }

    public static async Task<FeedServer> StartAsync(string directory, string portFile, CancellationToken cancellationToken)
    {
        var process = ChildProcess.Start(ChildProcess.Python,
        [
            Path.Combine(RepositoryPaths.SharedTools, "serve.py"), "--dir", directory, "--port", "0", "--port-file", portFile,
            "--max-seconds", MaxSeconds.ToString(CultureInfo.InvariantCulture),
        ], RepositoryPaths.Root);
        // Both pipes are drained so that the server can never block on a full one.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            var port = await WaitForPortAsync(process, portFile, cancellationToken)
                ?? throw new IngestSetupException(process.HasExited
                    ? $"serve.py exited with {process.ExitCode}: {await error}"
                    : $"serve.py wrote no port to {portFile} within {StartTimeout.TotalSeconds} s.");
            return new FeedServer(process, error, port);
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
            throw;
        }
    }

    private static async Task<int?> WaitForPortAsync(Process process, string portFile, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout && !process.HasExited)
        {
            // The file may be caught half-written; it holds a number once the socket listens.
            if (File.Exists(portFile) && int.TryParse(File.ReadAllText(portFile).Trim(), CultureInfo.InvariantCulture, out var port))
            {
                return port;
            }

            await Task.Delay(50, cancellationToken);
        }

        return null;
    }

    public Uri FeedUrl(string file) => new($"http://127.0.0.1:{Port}/{Uri.EscapeDataString(file)}");

    public async Task<HttpStatusCounts> StatsAsync(CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            throw new IngestSetupException($"serve.py stopped (exit {_process.ExitCode}): {await _error}");
        }

        await using var stream = await _client.GetStreamAsync(new Uri("__stats", UriKind.Relative), cancellationToken);
        using var stats = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return HttpStatusCounts.FromStats(stats.RootElement);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

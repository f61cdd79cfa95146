using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using FeedWatch.Core.Fetching;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FeedWatch.Core.Tests.Fetching;

public sealed class HttpFeedFetcherTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private LoopbackFeedServer _server = null!;
    private PipelineFactory _pipeline = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackFeedServer.StartAsync();
        _pipeline = Pipeline(TimeSpan.FromSeconds(20));
    }

    // A generous timeout keeps ordinary fetches green on a loaded CI machine; timeout tests use a short one.
    private PipelineFactory Pipeline(TimeSpan timeout)
    {
        var options = TestOptions.Create(_temp.File($"fetch-{Guid.NewGuid():N}.db"));
        options.Polling.Timeout = timeout;
        options.Polling.MaxBodyBytes = 64 * 1024;
        return new PipelineFactory(options, TimeProvider.System);
    }

    private async Task<FetchResult> FetchWithShortTimeout(string path)
    {
        using var pipeline = Pipeline(TimeSpan.FromSeconds(1));
        return await pipeline.Fetcher.FetchAsync(new FetchRequest(_server.Url(path), null, null), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _pipeline.Dispose();
        _temp.Dispose();
    }

    private Task<FetchResult> Fetch(string path, string? etag = null, string? lastModified = null) =>
        _pipeline.Fetcher.FetchAsync(new FetchRequest(_server.Url(path), etag, lastModified), CancellationToken.None);

    [Fact]
    public async Task FetchAsync_Ok_ReturnsBodyAndValidators()
    {
        _server.ServeDocument("/feed", RssBuilder.Feed("t", new TestEntry("One", "https://example.org/1")));

        var result = Assert.IsType<FetchResult.Content>(await Fetch("/feed"));

        Assert.Contains("<title>One</title>", System.Text.Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.NotNull(result.ETag);
        Assert.Equal("Fri, 20 Nov 2026 08:00:00 GMT", result.LastModified);
    }

    [Fact]
    public async Task FetchAsync_SendsConfiguredUserAgent()
    {
        _server.ServeDocument("/feed", RssBuilder.Feed("t"));

        await Fetch("/feed");

        Assert.Equal("FeedWatch/test (+https://example.org/feedwatch)", _server.Requests.Single().UserAgent);
    }

    [Fact]
    public async Task FetchAsync_MatchingETag_IsNotModified()
    {
        _server.ServeDocument("/feed", RssBuilder.Feed("t"));
        var first = Assert.IsType<FetchResult.Content>(await Fetch("/feed"));

        var second = await Fetch("/feed", first.ETag, first.LastModified);

        Assert.IsType<FetchResult.NotModified>(second);
        Assert.Equal(first.ETag, _server.Requests.Last().IfNoneMatch);
        Assert.Equal(first.LastModified, _server.Requests.Last().IfModifiedSince);
    }

    [Fact]
    public async Task FetchAsync_ServerError_IsHttpStatusFailureWithCode()
    {
        _server.ServeStatus("/broken", 500);

        var failure = Assert.IsType<FetchResult.Failure>(await Fetch("/broken"));

        Assert.Equal(FetchFailureKind.HttpStatus, failure.Kind);
        Assert.Equal(500, failure.StatusCode);
        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_TooManyRequestsWithRetryAfterSeconds_CarriesRetryAfter()
    {
        _server.ServeStatus("/limited", 429, retryAfter: "120");

        var failure = Assert.IsType<FetchResult.Failure>(await Fetch("/limited"));

        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), failure.RetryAfter);
    }

    [Fact]
    public async Task FetchAsync_BodyLargerThanCapWithoutContentLength_IsTooLarge()
    {
        _server.Handle("/huge", async context =>
        {
            // Chunked, so the cap has to be enforced while streaming.
            var chunk = new byte[16 * 1024];
            for (var i = 0; i < 100; i++)
            {
                await context.Response.Body.WriteAsync(chunk);
            }
        });

        var failure = Assert.IsType<FetchResult.Failure>(await Fetch("/huge"));

        Assert.Equal(FetchFailureKind.TooLarge, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_GzipBombOverCap_IsTooLargeAfterDecompression()
    {
        var zeros = new byte[4 * 1024 * 1024];
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await gzip.WriteAsync(zeros);
        }

        var bomb = compressed.ToArray();
        _server.Handle("/bomb", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync(bomb);
        });

        var failure = Assert.IsType<FetchResult.Failure>(await Fetch("/bomb"));

        Assert.True(bomb.Length < 64 * 1024, "the compressed bomb itself fits under the cap");
        Assert.Equal(FetchFailureKind.TooLarge, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_GzipEncodedFeed_IsDecompressed()
    {
        var xml = RssBuilder.Feed("zipped", new TestEntry("Compressed item", "https://example.org/z"));
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes(xml));
        }

        var bytes = compressed.ToArray();
        _server.Handle("/zipped", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bytes);
        });

        var content = Assert.IsType<FetchResult.Content>(await Fetch("/zipped"));

        Assert.Equal(xml, System.Text.Encoding.UTF8.GetString(content.Body));
    }

    [Fact]
    public async Task FetchAsync_ServerThatNeverAnswers_TimesOut()
    {
        _server.Handle("/silent", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));

        var failure = Assert.IsType<FetchResult.Failure>(await FetchWithShortTimeout("/silent"));

        Assert.Equal(FetchFailureKind.Timeout, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_BodyThatNeverEnds_TimesOut()
    {
        _server.Handle("/endless", async context =>
        {
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });

        var failure = Assert.IsType<FetchResult.Failure>(await FetchWithShortTimeout("/endless"));

        Assert.Equal(FetchFailureKind.Timeout, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_IsTooManyRedirects()
    {
        _server.Handle("/loop", context =>
        {
            context.Response.Redirect("/loop");
            return Task.CompletedTask;
        });

        var failure = Assert.IsType<FetchResult.Failure>(await Fetch("/loop"));

        Assert.Equal(FetchFailureKind.TooManyRedirects, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_PermanentRedirect_ReportsFinalUrl()
    {
        _server.ServeDocument("/new", RssBuilder.Feed("moved"));
        _server.Handle("/old", context =>
        {
            context.Response.Redirect("/new", permanent: true);
            return Task.CompletedTask;
        });

        var content = Assert.IsType<FetchResult.Content>(await Fetch("/old"));

        Assert.Equal(_server.Url("/new"), content.FinalUrl);
    }

    [Fact]
    public async Task FetchAsync_ClosedPort_IsRefused()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await _pipeline.Fetcher.FetchAsync(new FetchRequest(new Uri($"http://127.0.0.1:{port}/feed"), null, null), CancellationToken.None);

        Assert.Equal(FetchFailureKind.Refused, Assert.IsType<FetchResult.Failure>(result).Kind);
    }
}

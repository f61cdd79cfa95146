using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedWatch.Core.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port. Paths serve documents with strong ETags
/// and Last-Modified (answering 304 to a matching conditional GET) or run a custom handler.
/// </summary>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    private static readonly DateTimeOffset FixedLastModified = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackFeedServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    public static async Task<LoopbackFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackFeedServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackFeedServer(app, new Uri(address));
        return server;
    }

    public Uri Url(string path) => new(BaseUri, path);

    /// <summary>Serves <paramref name="body"/> with a strong ETag derived from it; a matching If-None-Match gets 304.</summary>
    public void ServeDocument(string path, string body, string contentType = "application/rss+xml; charset=utf-8")
    {
        var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)), 0, 8)}\"";
        _routes[path] = async context =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = contentType;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = FixedLastModified.ToString("R");
            await context.Response.WriteAsync(body);
        };
    }

    public void Handle(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Answers every request for <paramref name="path"/> with a bare status, optionally with Retry-After.</summary>
    public void ServeStatus(string path, int statusCode, string? retryAfter = null) => _routes[path] = context =>
    {
        context.Response.StatusCode = statusCode;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    };

    public int CountRequests(string path) => _requests.Count(r => r.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(new RecordedRequest(path, context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString(), DateTimeOffset.UtcNow));
        if (_routes.TryGetValue(path, out var route))
        {
            await route(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince, DateTimeOffset At);

using System.Collections.Concurrent;
using System.Text.Json;
using FeedWatch.Core.Alerts;
using Microsoft.AspNetCore.Http;

namespace FeedWatch.Core.Tests.Support;

/// <summary>
/// A webhook endpoint on a <see cref="LoopbackFeedServer"/> path: records every request it gets and
/// answers with the next scripted status (200 once the script runs out).
/// </summary>
public sealed class WebhookReceiver
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentQueue<int> _script;

    public WebhookReceiver(LoopbackFeedServer server, string path, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(server);
        Url = server.Url(path);
        _script = new ConcurrentQueue<int>(statuses);
        server.Handle(path, ReceiveAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(r => r.AnsweredStatus is >= 200 and < 300)];

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var status = _script.TryDequeue(out var scripted) ? scripted : StatusCodes.Status200OK;
        _received.Enqueue(new ReceivedWebhook(
            context.Request.Method, context.Request.ContentType, context.Request.Headers[WebhookDispatcher.DeliveryHeader].ToString(), body, status));
        context.Response.StatusCode = status;
    }
}

public sealed record ReceivedWebhook(string Method, string? ContentType, string DeliveryId, string Body, int AnsweredStatus)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Fetching;

/// <summary>Conditional GET with a total timeout and a streaming body cap; every failure mapped to a <see cref="FetchFailureKind"/>.</summary>
public sealed class HttpFeedFetcher(IHttpClientFactory clientFactory, IOptionsMonitor<FeedWatchOptions> options, TimeProvider timeProvider)
{
    public const string HttpClientName = "feeds";

    /// <summary>Redirects are followed here, not by the handler, to tell a feed that moved (301, 308) from a detour.</summary>
    public const int MaxRedirects = 5;

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var polling = options.CurrentValue.Polling;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(polling.Timeout);

        try
        {
            var client = clientFactory.CreateClient(HttpClientName);
            var url = request.Url;
            Uri? movedTo = null;
            for (var redirects = 0; ; redirects++)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                AddConditionalHeaders(message, request);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (RedirectTarget(response, url) is not { } next)
                {
                    return await ReadResponseAsync(response, url, movedTo, polling.MaxBodyBytes, timeout.Token);
                }

                if (redirects == MaxRedirects)
                {
                    return new FetchResult.Failure(FetchFailureKind.TooManyRedirects,
                        $"Gave up after {MaxRedirects} redirects; the last pointed to '{next}'.", StatusCode: (int)response.StatusCode);
                }

                // The feed has moved only while every hop so far was permanent (301, 308).
                if (redirects == 0 || movedTo == url)
                {
                    movedTo = response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect ? next : movedTo;
                }

                url = next;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failure(FetchFailureKind.Timeout, $"No complete response within {polling.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return MapRequestException(ex);
        }
        catch (IOException ex)
        {
            return new FetchResult.Failure(FetchFailureKind.Network, $"Connection failed while reading the body: {ex.Message}");
        }
    }

    private static void AddConditionalHeaders(HttpRequestMessage message, FetchRequest request)
    {
        if (!string.IsNullOrEmpty(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (!string.IsNullOrEmpty(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }
    }

    private static Uri? RedirectTarget(HttpResponseMessage response, Uri from)
    {
        var isRedirect = response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
        if (!isRedirect || response.Headers.Location is not { } location)
        {
            return null;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        return target.Scheme is "http" or "https" ? target : null;
    }

    private async Task<FetchResult> ReadResponseAsync(HttpResponseMessage response, Uri url, Uri? movedTo, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult.NotModified(movedTo);
        }

        if (!response.IsSuccessStatusCode)
        {
            return new FetchResult.Failure(FetchFailureKind.HttpStatus,
                $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), RetryAfter(response.Headers.RetryAfter), status);
        }

        if (response.Content.Headers.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = await BoundedReader.ReadAsync(stream, maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBodyBytes);
        }

        return new FetchResult.Content(
            body,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"),
            url,
            movedTo);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static FetchResult.Failure TooLarge(long maxBodyBytes) =>
        new(FetchFailureKind.TooLarge, $"Body is larger than Polling:MaxBodyBytes ({maxBodyBytes} bytes).");

    private static FetchResult.Failure MapRequestException(HttpRequestException ex)
    {
        var kind = ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => FetchFailureKind.Dns,
            HttpRequestError.SecureConnectionError => FetchFailureKind.Tls,
            HttpRequestError.ConnectionError when ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
                => FetchFailureKind.Refused,
            _ => FetchFailureKind.Network,
        };
        var detail = ex.InnerException is null || ex.Message.Contains(ex.InnerException.Message, StringComparison.Ordinal)
            ? ex.Message
            : $"{ex.Message} ({ex.InnerException.Message})";
        return new FetchResult.Failure(kind, detail);
    }
}

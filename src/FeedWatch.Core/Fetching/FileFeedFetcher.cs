using FeedWatch.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Fetching;

/// <summary>
/// Reads <c>file:</c> feeds (the offline sample, feeds dropped by other tools). The file's
/// modification time plays the part of Last-Modified, so an unchanged file costs no parse.
/// </summary>
public sealed class FileFeedFetcher(IOptionsMonitor<FeedWatchOptions> options)
{
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Url.LocalPath;
        var maxBodyBytes = options.CurrentValue.Polling.MaxBodyBytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new FetchResult.Failure(FetchFailureKind.File, $"File '{path}' does not exist.");
            }

            var lastModified = info.LastWriteTimeUtc.ToString("R");
            if (lastModified == request.LastModified)
            {
                return new FetchResult.NotModified();
            }

            if (info.Length > maxBodyBytes)
            {
                return new FetchResult.Failure(FetchFailureKind.TooLarge, $"File is larger than Polling:MaxBodyBytes ({maxBodyBytes} bytes).");
            }

            var body = await File.ReadAllBytesAsync(path, cancellationToken);
            return new FetchResult.Content(body, null, null, lastModified, request.Url);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FetchResult.Failure(FetchFailureKind.File, $"Cannot read '{path}': {ex.Message}");
        }
    }
}

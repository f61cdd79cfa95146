namespace FeedWatch.Core.Fetching;

/// <summary>Routes a request to the fetcher for its URL scheme.</summary>
public sealed class FeedFetcher(HttpFeedFetcher http, FileFeedFetcher file) : IFeedFetcher
{
    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Url.IsFile
            ? file.FetchAsync(request, cancellationToken)
            : http.FetchAsync(request, cancellationToken);
    }
}

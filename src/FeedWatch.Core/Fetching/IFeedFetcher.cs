namespace FeedWatch.Core.Fetching;

public interface IFeedFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}

namespace FeedWatch.Core.Fetching;

/// <summary>The outcome of one fetch. Expected failures are values so that a poll never throws.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <param name="FinalUrl">Where the body came from after redirects.</param>
    /// <param name="MovedTo">Set when the feed answered with permanent redirects (301, 308): its new address.</param>
    public sealed record Content(byte[] Body, string? ContentType, string? ETag, string? LastModified, Uri FinalUrl, Uri? MovedTo = null) : FetchResult;

    /// <param name="MovedTo">As for <see cref="Content"/>: a 304 can come from a feed's new address.</param>
    public sealed record NotModified(Uri? MovedTo = null) : FetchResult;

    /// <param name="RetryAfter">The server's own wait (429/503 <c>Retry-After</c>), honoured over our back-off.</param>
    public sealed record Failure(FetchFailureKind Kind, string Message, TimeSpan? RetryAfter = null, int? StatusCode = null) : FetchResult;
}

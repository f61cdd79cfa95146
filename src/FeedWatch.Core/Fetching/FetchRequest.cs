namespace FeedWatch.Core.Fetching;

/// <summary>What to fetch, with the validators from the last successful fetch for a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, string? ETag, string? LastModified);

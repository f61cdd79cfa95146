namespace FeedWatch.Core.Fetching;

public enum FetchFailureKind
{
    Timeout,
    Dns,
    Refused,
    Tls,
    Network,
    HttpStatus,
    TooLarge,
    TooManyRedirects,
    File,
}

namespace FeedWatch.Core.Parsing;

public abstract record ParseResult
{
    private ParseResult()
    {
    }

    public sealed record Success(ParsedFeed Feed) : ParseResult;

    /// <param name="Reason">What was wrong with the document, in words ops can act on.</param>
    /// <param name="NotAFeed">
    /// The document is something else (an HTML page, another XML or JSON document, nothing), as
    /// opposed to a feed too broken or too dangerous to read.
    /// </param>
    public sealed record Failure(string Reason, bool NotAFeed = false) : ParseResult;
}

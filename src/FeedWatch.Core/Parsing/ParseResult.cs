namespace FeedWatch.Core.Parsing;

public abstract record ParseResult
{
    private ParseResult()
    {
    }

    public sealed record Success(ParsedFeed Feed) : ParseResult;

    /// <param name="Reason">What was wrong with the document, in words ops can act on.</param>
    public sealed record Failure(string Reason) : ParseResult;
}

using System.Text;

namespace FeedWatch.Core.Parsing;

public abstract record ParseResult
{
    private ParseResult()
    {
    }

    /// <summary>
    /// Prints no member of its own: <see cref="Unusable"/> is derived, and of a failure it is the
    /// failure itself, so the generated ToString printed it inside itself until the stack ran out.
    /// </summary>
    protected virtual bool PrintMembers(StringBuilder builder) => false;

    /// <summary>
    /// The failure to record for a document nothing can be stored from: a parse failure, or a feed
    /// that broke before its first complete entry. Null when there are entries to store.
    /// </summary>
    public Failure? Unusable => this switch
    {
        Failure failure => failure,
        Success { Feed: { Recovery: { } recovery, Entries.Count: 0 } } => new Failure(recovery),
        _ => null,
    };

    public sealed record Success(ParsedFeed Feed) : ParseResult;

    /// <param name="Reason">What was wrong with the document, in words ops can act on.</param>
    /// <param name="NotAFeed">
    /// The document is something else (an HTML page, another XML or JSON document, nothing), as
    /// opposed to a feed too broken or too dangerous to read.
    /// </param>
    public sealed record Failure(string Reason, bool NotAFeed = false) : ParseResult
    {
        /// <summary>The failure kind a poll records and ops see: <c>NotAFeed</c> or <c>Parse</c>.</summary>
        public string Kind => NotAFeed ? "NotAFeed" : "Parse";
    }
}

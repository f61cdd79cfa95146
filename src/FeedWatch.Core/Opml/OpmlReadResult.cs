namespace FeedWatch.Core.Opml;

public abstract record OpmlReadResult
{
    private OpmlReadResult()
    {
    }

    public sealed record Success(IReadOnlyList<OpmlFeed> Feeds, IReadOnlyList<OpmlSkippedOutline> Skipped) : OpmlReadResult;

    /// <param name="Line">1-based; 0 when the problem has no position (an empty file).</param>
    public sealed record Failure(int Line, string Reason) : OpmlReadResult;
}

namespace FeedWatch.Core.Opml;

/// <summary>An outline that is not imported, and why, in words that need no knowledge of OPML.</summary>
public sealed record OpmlSkippedOutline(int Line, string Reason);

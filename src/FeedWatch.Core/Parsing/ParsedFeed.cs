namespace FeedWatch.Core.Parsing;

public sealed record ParsedFeed(FeedFormat Format, string? Title, string? Link, IReadOnlyList<ParsedEntry> Entries);

namespace FeedWatch.Core.Parsing;

/// <summary>One entry as the document states it: raw HTML, links possibly relative, dates possibly unknown.</summary>
public sealed record ParsedEntry(
    string? Id,
    string? Link,
    string? Title,
    string? SummaryHtml,
    string? ContentHtml,
    string? Author,
    IReadOnlyList<string> Categories,
    DateTimeOffset? Published,
    DateTimeOffset? Updated);

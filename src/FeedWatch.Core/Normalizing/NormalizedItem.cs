namespace FeedWatch.Core.Normalizing;

/// <summary>An entry in FeedWatch's terms: plain text, an absolute normalized link, UTC dates.</summary>
/// <param name="EntryId">The GUID or Atom id as the feed gave it; null when it gave none.</param>
/// <param name="SummaryHtml">The summary as sanitized HTML, safe to display (<see cref="DisplayHtml"/>).</param>
/// <param name="Published">UTC; null when the feed gave no date or one we could not read (never "now").</param>
public sealed record NormalizedItem(
    string? EntryId,
    string? Link,
    string Title,
    string Summary,
    string? SummaryHtml,
    string Content,
    string? Author,
    IReadOnlyList<string> Categories,
    DateTime? Published,
    string ContentHash);

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// What the quality figures need of a generated event, kept after generation instead of the event's
/// facts, templates and drafts: the benchmark's own live heap should not make the store's garbage
/// collections dearer than the daemon's (the whole events were ~200 MB of a 450 MB heap).
/// </summary>
/// <param name="Reports">Its items: the first report and the copies.</param>
internal sealed record EventTruth(int Id, EventKind Kind, NewsPlace Place, int? ParentId, int Reports);

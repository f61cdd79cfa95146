using FeedWatch.Core.Deduplication;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>One generated item as the store receives it, with the event it reports (the ground truth).</summary>
/// <param name="Variant">How a copy differs from its event's first report; <see cref="CopyVariant.None"/> for the first report itself.</param>
/// <param name="LeadOnly">Headline and lead only (a copy so cut, or one of the few first reports that carry no more).</param>
internal sealed record GeneratedReport(int Index, int Feed, DateTime Seen, DateTime Published, int EventId, bool FirstReport, CopyVariant Variant, bool LeadOnly, IdentifiedItem Item)
{
    public string Title => Item.Item.Title;

    public string Summary => Item.Item.Summary;
}

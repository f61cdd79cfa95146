using System.Security.Cryptography;
using System.Text;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>One generated item, with the event it reports (the ground truth).</summary>
/// <param name="Variant">How a copy differs from its event's first report; <see cref="CopyVariant.None"/> for the first report itself.</param>
/// <param name="LeadOnly">Headline and lead only (a copy so cut, or one of the few first reports that carry no more).</param>
internal sealed record GeneratedReport(int Index, int Feed, DateTime Seen, DateTime Published, int EventId, bool FirstReport, CopyVariant Variant, bool LeadOnly, string Title, string Summary)
{
    /// <summary>
    /// The item as a poll hands it to the store, made just before its batch (untimed) and dropped after,
    /// as the daemon's polls make them; <see cref="IdentifiedItem"/> reads its story words here.
    /// </summary>
    public IdentifiedItem Identified(string feedId)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Title + Summary)));
        var link = $"https://{feedId}.example/{Published:yyyy'/'MM'/'dd}/story-{Index + 1}";
        var item = new NormalizedItem(null, link, Title, Summary, null, "", null, [], Published, hash);
        return new IdentifiedItem(item, ItemIdentity.For(feedId, item), []);
    }
}

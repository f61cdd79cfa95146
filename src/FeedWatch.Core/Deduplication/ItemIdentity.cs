using System.Security.Cryptography;
using System.Text;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Deduplication;

/// <summary>
/// How an item is recognised again. <see cref="EntryKey"/> is the entry's identity within its feed
/// (GUID/Atom id, else link, else a hash of title + published + summary); <see cref="DedupKey"/> is
/// its identity across feeds: the normalized link, so one story carried by several feeds is one item.
/// </summary>
public sealed record ItemIdentity(string EntryKey, string DedupKey)
{
    public static ItemIdentity For(string feedId, NormalizedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var localId = !string.IsNullOrWhiteSpace(item.EntryId) ? "id:" + item.EntryId.Trim()
            : item.Link is not null ? "link:" + item.Link
            : "hash:" + Fingerprint(item);
        var entryKey = $"{feedId}|{localId}";
        return new ItemIdentity(entryKey, item.Link is not null ? "link:" + item.Link : entryKey);
    }

    private static string Fingerprint(NormalizedItem item)
    {
        var joined = string.Join('\u001f', item.Title, item.Published?.Ticks, item.Summary);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)), 0, 12);
    }
}

using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Deduplication;

/// <summary>
/// A 64-bit hash of an entry exactly as the document states it, and of the document's address (the
/// base of its relative links). Publishers serve most entries unchanged poll after poll: an entry
/// whose fingerprint the feed's last stored poll also had skips normalizing, matching, sanitizing and
/// the database, which are nearly all the cost of a poll that brings a few new items.
/// </summary>
public static class EntryFingerprint
{
    public static long Of(ParsedEntry entry, Uri documentUrl)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(documentUrl);
        var hash = new XxHash3();
        Append(hash, documentUrl.OriginalString);
        Append(hash, entry.Id);
        Append(hash, entry.Link);
        Append(hash, entry.Title);
        Append(hash, entry.SummaryHtml);
        Append(hash, entry.ContentHtml);
        Append(hash, entry.Author);
        Append(hash, entry.Categories.Count);
        foreach (var category in entry.Categories)
        {
            Append(hash, category);
        }

        Append(hash, entry.Published);
        Append(hash, entry.Updated);
        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }

    private static void Append(XxHash3 hash, string? text)
    {
        // The length first keeps ("ab", "c") apart from ("a", "bc"), and null apart from "".
        Append(hash, text?.Length ?? -1);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static void Append(XxHash3 hash, DateTimeOffset? date)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long) * 2];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, date?.UtcTicks ?? -1);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[sizeof(long)..], date?.Offset.Ticks ?? 0);
        hash.Append(bytes);
    }

    private static void Append(XxHash3 hash, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.Append(bytes);
    }
}

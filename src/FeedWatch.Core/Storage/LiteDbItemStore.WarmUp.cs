using System.Security.Cryptography;
using LiteDB;

namespace FeedWatch.Core.Storage;

public sealed partial class LiteDbItemStore
{
    /// <summary>
    /// LiteDB's once-a-process work before a first read: its expression parser and compiler (~30 ms
    /// for the first expression), a mapper with its default types (~13 ms), and the SHA-1 (OpenSSL)
    /// that names shared mode's mutex. A short-lived process calls this on another core while it reads
    /// its config, which a store needs first; nothing here touches a file.
    /// </summary>
    public static void WarmUp()
    {
        _ = CreateMapper();
#pragma warning disable CA5350 // Not for security: it loads the hash LiteDB itself names its mutex with.
        _ = SHA1.HashData("feedwatch"u8);
#pragma warning restore CA5350
        var probe = BsonExpression.Create("{ _id: $._id, FirstSeen: $.FirstSeen }");
        _ = probe.ExecuteScalar(new BsonDocument { ["_id"] = 1, ["FirstSeen"] = DateTime.UnixEpoch });
        _ = StoredItemDocument.FromDocument(StoredItemDocument.ToDocument(new StoredItem()));
    }
}

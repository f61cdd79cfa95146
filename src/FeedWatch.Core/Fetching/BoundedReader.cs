namespace FeedWatch.Core.Fetching;

/// <summary>Reads a stream into memory but stops as soon as it passes a cap, so an endless or bomb body costs at most the cap.</summary>
internal static class BoundedReader
{
    /// <returns>The bytes, or null when the stream is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

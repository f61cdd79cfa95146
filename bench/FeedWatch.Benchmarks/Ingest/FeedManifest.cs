using System.Text.Json;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>The counts genfeeds.py writes beside the feeds (<c>manifest.json</c>).</summary>
internal sealed record FeedManifest(int ItemsTotal, int UniqueLinks, long BytesTotal, IReadOnlyList<string> Files)
{
    public static FeedManifest Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        return new FeedManifest(
            root.GetProperty("items_total").GetInt32(),
            root.GetProperty("unique_links").GetInt32(),
            root.GetProperty("bytes_total").GetInt64(),
            root.GetProperty("files").EnumerateArray().Select(file => file.GetString()!).ToList());
    }
}

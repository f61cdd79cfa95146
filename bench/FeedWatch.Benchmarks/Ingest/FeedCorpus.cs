using System.Globalization;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>shared/tools/genfeeds.py with a fixed seed: the same feeds, byte for byte, on every run.</summary>
internal static class FeedCorpus
{
    public const string Seed = "1";

    /// <summary>Writes poll version <paramref name="shift"/> into <paramref name="directory"/>; unchanged files keep their bytes and mtime (so a 304 stays a 304).</summary>
    public static async Task<FeedManifest> GenerateAsync(string directory, int feeds, int items, int shift, CancellationToken cancellationToken)
    {
        var run = await ChildProcess.RunAsync(ChildProcess.Python,
        [
            Path.Combine(RepositoryPaths.SharedTools, "genfeeds.py"),
            "--feeds", Invariant(feeds), "--items", Invariant(items), "--seed", Seed, "--shift", Invariant(shift),
            "--out", directory, "--quiet",
        ], RepositoryPaths.Root, cancellationToken);
        run.ThrowIfFailed();
        return FeedManifest.Read(Path.Combine(directory, "manifest.json"));
    }

    /// <summary>
    /// Distinct links a reader holds after polling version 0 and then version <paramref name="shift"/>.
    /// The shifted manifest cannot say: it counts only the window it publishes (sequence numbers
    /// K … K+M−1). But a story is a pure function of (seed, feed, seq) and a cross-post copies the
    /// same seq of another feed, so for K ≤ M the two windows together are exactly the window 0 … M+K−1,
    /// which is what a generation of M+K items at shift 0 publishes; its unique_links is the answer.
    /// </summary>
    public static async Task<int> UniqueLinksAfterShiftAsync(string scratchDirectory, int feeds, int items, int shift, CancellationToken cancellationToken)
    {
        var union = await GenerateAsync(scratchDirectory, feeds, items + shift, shift: 0, cancellationToken);
        return union.UniqueLinks;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

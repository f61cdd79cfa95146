using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Stories;

/// <summary>
/// A MinHash sketch of an item's text: word pairs (bigrams) of its title and summary, read the way
/// watch rules read text, so that a reprint with different dashes, quotes or case is the same text.
/// Two sketches estimate the Jaccard similarity of the two texts' word pairs; their band keys put
/// likely near-duplicates in the same bucket (locality-sensitive hashing), so finding candidates for
/// a new item is a handful of index lookups whatever the size of the store.
/// </summary>
public sealed class StorySignature
{
    public const int Hashes = 128;
    public const int Bands = 32;
    private const int RowsPerBand = Hashes / Bands;

    // Fixed odd multipliers and offsets: sketches must compare across processes and versions.
    private static readonly (ulong Multiplier, ulong Offset)[] Permutations = MakePermutations();

    private StorySignature(uint[] minima, int shingles)
    {
        Minima = minima;
        Shingles = shingles;
    }

    public IReadOnlyList<uint> Minima { get; }

    /// <summary>How many distinct word pairs the text had (to turn a Jaccard estimate into containment).</summary>
    public int Shingles { get; }

    public static StorySignature Of(string title, string summary)
    {
        var words = Words(title).Concat(["\u0000"]).Concat(Words(summary)).ToList();
        var minima = new uint[Hashes];
        Array.Fill(minima, uint.MaxValue);
        var seen = new HashSet<ulong>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var shingle = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(words[i] + " " + words[i + 1]));
            if (!seen.Add(shingle))
            {
                continue;
            }

            for (var h = 0; h < Hashes; h++)
            {
                var value = (uint)(((shingle * Permutations[h].Multiplier) + Permutations[h].Offset) >> 32);
                if (value < minima[h])
                {
                    minima[h] = value;
                }
            }
        }

        return new StorySignature(minima, seen.Count);
    }

    public static StorySignature From(IReadOnlyList<uint> minima, int shingles) =>
        minima.Count == Hashes ? new StorySignature([.. minima], shingles) : throw new ArgumentException($"A signature has {Hashes} values.", nameof(minima));

    /// <summary>The estimated Jaccard similarity of the two texts' word pairs.</summary>
    public double Similarity(StorySignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Shingles == 0 || other.Shingles == 0)
        {
            return 0;
        }

        var equal = 0;
        for (var h = 0; h < Hashes; h++)
        {
            equal += Minima[h] == other.Minima[h] ? 1 : 0;
        }

        return (double)equal / Hashes;
    }

    /// <summary>
    /// How much of the shorter text the longer one contains, estimated from the Jaccard estimate and
    /// the sizes: an outlet that prints only the lead of a wire story still shares its story.
    /// </summary>
    public double Containment(StorySignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var jaccard = Similarity(other);
        var smaller = Math.Min(Shingles, other.Shingles);
        if (smaller == 0)
        {
            return 0;
        }

        var shared = jaccard * (Shingles + other.Shingles) / (1 + jaccard);
        return Math.Min(1, shared / smaller);
    }

    /// <summary>One key per band; two items sharing any key are candidates.</summary>
    public IReadOnlyList<string> BandKeys()
    {
        var keys = new string[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var rows = MemoryMarshal.AsBytes(((uint[])Minima).AsSpan(band * RowsPerBand, RowsPerBand));
            keys[band] = $"{band:x2}{XxHash64.HashToUInt64(rows):x16}";
        }

        return keys;
    }

    private static IEnumerable<string> Words(string text) =>
        string.IsNullOrEmpty(text) ? [] : TextTokenizer.Tokenize(text).Select(token => token.Folded);

    private static (ulong, ulong)[] MakePermutations()
    {
        var random = new Random(20261201);
        return [.. Enumerable.Range(0, Hashes).Select(_ => ((ulong)random.NextInt64() | 1UL, (ulong)random.NextInt64()))];
    }
}

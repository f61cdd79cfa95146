using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FeedWatch.Core.Stories;

/// <summary>
/// An item's <see cref="ContentWords"/> as sorted 64-bit hashes: what the story index keeps for each
/// recent item, a tenth of the memory of the strings, and compared by one merge.
/// </summary>
public sealed class StoryWords
{
    /// <summary>
    /// Enough of a body to stand in for a missing summary. The whole of a long article would contain
    /// the words of every short item on its topic and pull them all into its story.
    /// </summary>
    private const int LeadLength = 500;

    private StoryWords(ulong[] hashes) => Hashes = hashes;

    public ulong[] Hashes { get; }

    public int Count => Hashes.Length;

    public static StoryWords Of(string title, string summary, string content)
    {
        var text = summary.Length > 0 ? summary : content.Length <= LeadLength ? content : content[..LeadLength];
        return FromWords(ContentWords.Of(title, text));
    }

    public static StoryWords FromWords(IEnumerable<string> words)
    {
        var hashes = words.Select(word => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word.AsSpan()))).Distinct().ToArray();
        Array.Sort(hashes);
        return new StoryWords(hashes);
    }

    public int SharedWith(StoryWords other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SharedCount(Hashes, other.Hashes);
    }

    /// <summary>Values in both of two sorted arrays.</summary>
    public static int SharedCount(ulong[] a, ulong[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int shared = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>As <see cref="ContentWords.Containment"/>: shared words over the smaller item's count.</summary>
    public double ContainmentWith(StoryWords other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var smaller = Math.Min(Count, other.Count);
        return smaller == 0 ? 0 : (double)SharedWith(other) / smaller;
    }
}

using System.IO.Hashing;
using System.Runtime.InteropServices;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Stories;

/// <summary>
/// An item's <see cref="ContentWords"/> as sorted 32-bit hashes: what the story index keeps for each
/// recent item, a twentieth of the memory of the strings, and compared by one merge. Two words of two
/// items compared colliding is a one-in-a-billion chance per pair; a collision in the whole vocabulary
/// only makes two rare words one.
/// </summary>
public sealed class StoryWords
{
    /// <summary>
    /// Enough of a body to stand in for a missing summary. The whole of a long article would contain
    /// the words of every short item on its topic and pull them all into its story.
    /// </summary>
    private const int LeadLength = 500;

    private StoryWords(uint[] hashes) => Hashes = hashes;

    public uint[] Hashes { get; }

    public int Count => Hashes.Length;

    /// <summary>The words <see cref="ContentWords.Of"/> reads, hashed as they are read: no string per word.</summary>
    public static StoryWords Of(string title, string summary, string content)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(content);
        var text = summary.Length > 0 ? summary : Lead(content);
        var hashes = t_hashes ??= [];
        hashes.Clear();
        TextTokenizer.ForEachFoldedWord(title, AddHash);
        TextTokenizer.ForEachFoldedWord(text, AddHash);
        return FromHashes(hashes);
    }

    /// <summary>The body up to the last word that ends within <see cref="LeadLength"/>: half a word is another word.</summary>
    private static string Lead(string content)
    {
        if (content.Length <= LeadLength)
        {
            return content;
        }

        var lastSpace = content.LastIndexOf(' ', LeadLength);
        return content[..(lastSpace > 0 ? lastSpace : LeadLength)];
    }

    [ThreadStatic]
    private static List<uint>? t_hashes;

    private static readonly TextTokenizer.FoldedWordAction AddHash = word =>
    {
        if (ContentWords.IsContentWord(word))
        {
            t_hashes!.Add(Hash(word));
        }
    };

    private static uint Hash(ReadOnlySpan<char> word) => (uint)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));

    private static StoryWords FromHashes(List<uint> hashes)
    {
        hashes.Sort();
        var distinct = 0;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return new StoryWords(CollectionsMarshal.AsSpan(hashes)[..distinct].ToArray());
    }

    public static StoryWords FromWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return FromHashes([.. words.Select(word => Hash(word))]);
    }
}

using System.Globalization;

namespace FeedWatch.Core.Tests.Support;

/// <summary>A document to serve, with the recipe that made it, so that a failure names how to rebuild it.</summary>
/// <param name="Mutation">original, truncated, flipped or spliced: for the run's summary.</param>
public sealed record MutatedDocument(string Mutation, string Recipe, byte[] Body, string ContentType);

/// <summary>
/// Every corpus file as it is, plus damaged copies of it: truncated, with bytes flipped, and
/// spliced with another file. The generator is seeded, so a document's recipe and its bytes are
/// the same on every run and every machine.
/// </summary>
public static class MutatedCorpus
{
    public static IReadOnlyList<MutatedDocument> Generate(int seed, int flippedCopiesPerFile, int splices)
    {
        var random = new Random(seed);
        // Ordinal order: enumeration order differs between file systems, and the seed alone must fix the set.
        var files = Directory.EnumerateFiles(RepositoryPaths.CorpusFeeds, "*", SearchOption.AllDirectories)
            .Select(file => (Name: Path.GetRelativePath(RepositoryPaths.CorpusFeeds, file).Replace('\\', '/'), Body: File.ReadAllBytes(file)))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();
        var documents = new List<MutatedDocument>();
        foreach (var (name, body) in files)
        {
            var contentType = ContentTypeOf(name);
            documents.Add(new MutatedDocument("original", name, body, contentType));
            foreach (var (at, where) in TruncationPoints(body, random))
            {
                documents.Add(new MutatedDocument("truncated", $"{name} truncated at {at} ({where})", body[..at], contentType));
            }

            for (var copy = 0; copy < flippedCopiesPerFile; copy++)
            {
                // The last copy damages only the head, where the BOM, the XML declaration and the
                // root element decide the encoding and the format: the parser's most fragile bytes.
                var (flipped, flips) = FlipBytes(body, random, headOnly: copy == flippedCopiesPerFile - 1);
                documents.Add(new MutatedDocument("flipped", $"{name} flipped {flips}", flipped, contentType));
            }
        }

        for (var splice = 0; splice < splices; splice++)
        {
            var (firstName, first) = files[random.Next(files.Count)];
            var (secondName, second) = files[random.Next(files.Count)];
            var head = first.Length / 2;
            var tail = second.Length / 2;
            documents.Add(new MutatedDocument("spliced", $"splice {firstName}[..{head}] + {secondName}[{tail}..]", [.. first[..head], .. second[tail..]], ContentTypeOf(firstName)));
        }

        return documents;
    }

    /// <summary>What a publisher's server would plausibly send for the file; no charset, so the document's own declaration decides.</summary>
    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".JSON" => "application/json",
        ".ATOM" => "application/atom+xml",
        ".RDF" => "application/rdf+xml",
        ".RSS" => "application/rss+xml",
        _ => "application/xml",
    };

    /// <summary>
    /// A cut inside a multibyte character (where the file has one), a cut inside a tag, and a cut
    /// anywhere: the first two are where a decoder or a reader is most likely to trip on its state.
    /// </summary>
    private static List<(int At, string Where)> TruncationPoints(byte[] body, Random random)
    {
        var points = new List<(int, string)>();
        if (body.Length < 2)
        {
            return points;
        }

        // A UTF-8 continuation byte: cutting just before it leaves a lead byte without its tail. In a
        // UTF-16 file an odd offset does the same to a code unit.
        var continuations = Enumerable.Range(1, body.Length - 1).Where(i => body[i] is >= 0x80 and <= 0xBF && body[i - 1] >= 0xC0).ToList();
        if (continuations.Count > 0)
        {
            points.Add((continuations[random.Next(continuations.Count)], "inside a multibyte character"));
        }
        else if (body[0] is 0xFE or 0xFF)
        {
            points.Add((1 + (2 * random.Next((body.Length - 1) / 2)), "inside a UTF-16 code unit"));
        }

        var tags = Enumerable.Range(0, body.Length).Where(i => body[i] == (byte)'<').ToList();
        if (tags.Count > 0)
        {
            var tag = tags[random.Next(tags.Count)];
            points.Add((Math.Min(body.Length - 1, tag + 1 + random.Next(12)), "inside a tag"));
        }

        points.Add((random.Next(1, body.Length), "anywhere"));
        return points;
    }

    private static (byte[] Body, string Flips) FlipBytes(byte[] body, Random random, bool headOnly)
    {
        var copy = (byte[])body.Clone();
        if (copy.Length == 0)
        {
            return (copy, "nothing (empty file)");
        }

        var range = headOnly ? Math.Min(copy.Length, 256) : copy.Length;
        var flips = new List<string>();
        for (var count = random.Next(1, 9); count > 0; count--)
        {
            var at = random.Next(range);
            var mask = (byte)random.Next(1, 256);
            copy[at] ^= mask;
            flips.Add(string.Create(CultureInfo.InvariantCulture, $"{at}^0x{mask:X2}"));
        }

        return (copy, string.Join(' ', flips));
    }
}

namespace FeedWatch.Benchmarks.Parse;

/// <summary>Documents held in memory before timing starts, so no I/O is measured.</summary>
internal sealed record ParseWorkload(string Name, IReadOnlyList<byte[]> Documents)
{
    public long Bytes { get; } = Documents.Sum(document => (long)document.Length);

    public const string CorpusName = "corpus";

    public static ParseWorkload Generated(byte[] feed) => new("generated RSS 2.0", [feed]);

    public static ParseWorkload Corpus(string directory) =>
        new(CorpusName,
            Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllBytes)
                .ToList());

    public ParseTally ParseAll(Func<byte[], int?> parse)
    {
        long items = 0;
        var failed = 0;
        foreach (var document in Documents)
        {
            if (parse(document) is { } count)
            {
                items += count;
            }
            else
            {
                failed++;
            }
        }

        return new ParseTally(items, failed);
    }
}

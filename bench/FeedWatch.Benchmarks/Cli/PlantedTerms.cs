namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// The sample config's terms written into flagged items' titles: half for "TTP", half for
/// "Afghan-Pakistan frontier". "Durand Line" takes a tenth of them, so ~0.5 % of all items, and the
/// timed search has thousands of hits to page through, as a real year of frontier news would.
/// </summary>
internal static class PlantedTerms
{
    public const string SearchedPhrase = "Durand Line";

    private static readonly (string Term, double Share)[] Weighted =
    [
        ("TTP", 0.30),
        ("Pakistani Taliban", 0.10),
        ("Tehrik-e-Taliban Pakistan", 0.10),
        (SearchedPhrase, 0.10),
        ("Pak-Afghan border", 0.25),
        ("Afghan-Pakistan frontier", 0.15),
    ];

    public static string Next(Random random)
    {
        var u = random.NextDouble();
        foreach (var (term, share) in Weighted)
        {
            if (u < share)
            {
                return term;
            }

            u -= share;
        }

        return Weighted[^1].Term;
    }
}

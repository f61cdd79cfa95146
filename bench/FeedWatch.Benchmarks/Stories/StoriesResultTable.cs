using System.Globalization;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// The stories benchmark's tables: per block of 10,000 items, the ingest cost per item without and with
/// stories, their difference and the index's own part; then the issue's scaling target as a verdict line,
/// and the stories formed against the generated events.
/// </summary>
internal static class StoriesResultTable
{
    // From the issue: the cost per item at 100,000 stored items within 2x of the cost at 10,000.
    private const double SlowdownTarget = 2;

    private static readonly string[] Headers =
        ["items", "index holds", "joins", "story joined", "without", "with", "stories", "stories wall", "find+add", "LiteDB part", "words"];

    /// <returns>Whether the target was met.</returns>
    public static bool Write(TextWriter output, StoriesMeasurements results)
    {
        var blocks = results.With[0].Cpu.Length;
        var joined = JoinedStories(results.With[0].StoryOf!);
        var rows = Enumerable.Range(0, blocks).Select(block => Block(results, block, joined[block])).ToList();
        output.WriteLine("µs per item, CPU time of the process (user + system) unless marked wall:");
        TextTable.Write(output, Headers, rows.Select(Cells).ToList(), textColumns: 1);
        output.WriteLine();
        output.WriteLine(Invariant(
            $"joins: items that joined an existing story; story joined: its items before the join (mean); stories: with − without, the median of each run's; ") + Invariant(
            $"find+add: the story index alone; LiteDB part: stories − find+add; words: StoryWords.Of, which IdentifiedItem reads when it is made (the poll's thread), before IngestBatch. ") + Invariant(
            $"Medians over {results.With.Count} runs and {results.Index.Count} index passes."));
        output.WriteLine();

        var items = results.Settings.Items;
        var without = Median(results.Without.Select(run => run.TotalWall.TotalSeconds));
        var with = Median(results.With.Select(run => run.TotalWall.TotalSeconds));
        var withoutCpu = Median(results.Without.Select(run => run.TotalCpu.TotalSeconds));
        var withCpu = Median(results.With.Select(run => run.TotalCpu.TotalSeconds));
        output.WriteLine(Invariant(
            $"ingest without stories: {items / without:N0} items/s wall ({without:0.00} s; CPU {withoutCpu:0.00} s), {Median(results.Without.Select(run => run.FileBytes / 1e6)):N0} MB file"));
        output.WriteLine(Invariant(
            $"ingest with stories:    {items / with:N0} items/s wall ({with:0.00} s; CPU {withCpu:0.00} s), {Median(results.With.Select(run => run.FileBytes / 1e6)):N0} MB file: stories add {(withCpu - withoutCpu) / items * 1e6:0.0} µs CPU an item ({(withCpu / withoutCpu) - 1:P0}; wall {(with - without) / items * 1e6:0.0} µs)"));
        output.WriteLine(Invariant(
            $"story index alone:      {items / Median(results.Index.Select(pass => pass.Lookup.Sum(time => time.TotalSeconds))):N0} items/s CPU (find + add); StoryWords.Of {items / Median(results.Index.Select(pass => pass.Words.Sum(time => time.TotalSeconds))):N0} items/s"));

        var (first, last) = (rows[0], rows[^1]);
        var ratio = last.Stories / first.Stories;
        var met = ratio <= SlowdownTarget;
        output.WriteLine();
        output.WriteLine(Invariant(
            $"{(met ? "PASS" : "FAIL")}  story cost per item at {last.End:N0} stored items (items {last.Start:N0}–{last.End:N0}) within {SlowdownTarget:0}x of at {first.End:N0} (items 0–{first.End:N0}): {last.Stories:0.0} vs {first.Stories:0.0} µs CPU, ratio {ratio:0.00} (wall: {last.StoriesWall:0.0} vs {first.StoriesWall:0.0} µs, ratio {last.StoriesWall / first.StoriesWall:0.00})"));
        output.WriteLine(Invariant(
            $"      story index alone (find + add): {last.Lookup:0.0} vs {first.Lookup:0.0} µs, ratio {last.Lookup / first.Lookup:0.00}, as it went from holding {first.Held:N0} to {last.Held:N0} items; words: {last.Words:0.0} vs {first.Words:0.0} µs"));
        output.WriteLine(Invariant(
            $"      LiteDB part (stories − find + add): {last.Stories - last.Lookup:0.0} vs {first.Stories - first.Lookup:0.0} µs, as the mean story an item joins grew from {first.StoryJoined:0} to {last.StoryJoined:0} items; ingest without stories: {last.Without:0.0} vs {first.Without:0.0} µs, ratio {last.Without / first.Without:0.00}"));
        output.WriteLine();
        WriteQuality(output, results);
        return met;
    }

    private static void WriteQuality(TextWriter output, StoriesMeasurements results)
    {
        var quality = results.Quality;
        output.WriteLine(Invariant(
            $"stories: {quality.Stories:N0} formed from {quality.Items:N0} items ({quality.StoriesOfSeveral:N0} of two or more items, holding {quality.ItemsInStoriesOfSeveral:N0}); {quality.Events:N0} events generated ({quality.EventsWithCopies:N0} with copies)"));
        output.WriteLine(Invariant(
            $"pairwise: precision {quality.PairPrecision:0.000}, recall {quality.PairRecall:0.000}, F1 {ClusterQuality.F1(quality.PairPrecision, quality.PairRecall):0.000}; ") + Invariant(
            $"B-cubed: precision {quality.BcubedPrecision:0.000}, recall {quality.BcubedRecall:0.000}, F1 {ClusterQuality.F1(quality.BcubedPrecision, quality.BcubedRecall):0.000}"));
        output.WriteLine("copies in the story of their event's first report:");
        foreach (var (variant, copies, together) in quality.CopiesPlaced)
        {
            output.WriteLine(Invariant($"  {variant}: {together:N0} of {copies:N0} ({(copies == 0 ? 0 : (double)together / copies):P1})"));
        }

        var joined = quality.FirstReportsJoined.Sum(family => family.Joined);
        var firstReports = quality.FirstReportsJoined.Sum(family => family.FirstReports);
        output.WriteLine(Invariant(
            $"first reports that joined an existing story (always another event's): {joined:N0} of {firstReports:N0} ({(double)joined / firstReports:P1}); by kind: ") + string.Join(", ",
            quality.FirstReportsJoined.Select(family => Invariant($"{family.Family} {family.Joined:N0} of {family.FirstReports:N0} ({(family.FirstReports == 0 ? 0 : (double)family.Joined / family.FirstReports):P1})"))));
        output.WriteLine(Invariant(
            $"  of those, found most like a lead-only report: {quality.JoinedViaLeadOnly:N0} ({(joined == 0 ? 0 : (double)quality.JoinedViaLeadOnly / joined):P1}; lead-only reports are {results.Corpus.Items.Take(quality.Items).Count(item => item.LeadOnly) / (double)quality.Items:P1} of the items)"));
        output.WriteLine(Invariant(
            $"largest story: {quality.LargestStory:N0} items; stories whose members were published more than MaxApart apart (chained through members): {quality.ChainedStories:N0}, holding {quality.ItemsInChainedStories:N0} items"));
        output.WriteLine("items in a story begun by another event, by how the two events relate: " + string.Join(", ",
            quality.WrongJoins.Select(pair => Invariant($"{Describe(pair.Key)} {pair.Value:N0}"))));
        output.WriteLine(Invariant($"index-only pass agrees with the store on {results.Agreeing:N0} of {quality.Items:N0} items' stories"));
    }

    private static string Describe(WrongJoin relation) => relation switch
    {
        WrongJoin.FollowUp => "follow-up",
        WrongJoin.SameKindAndPlace => "same kind and place",
        WrongJoin.SameKind => "same kind elsewhere",
        _ => "other",
    };

    /// <summary>Per block: how many items joined an existing story, and that story's size before the join, on average.</summary>
    private static (int Joins, double MeanSize)[] JoinedStories(int[] storyOf)
    {
        var blocks = new (int Joins, long Sizes)[(storyOf.Length + StoriesSettings.BlockSize - 1) / StoriesSettings.BlockSize];
        var sizes = new int[storyOf.Length];
        for (var i = 0; i < storyOf.Length; i++)
        {
            var story = storyOf[i];
            if (story != i)
            {
                ref var block = ref blocks[i / StoriesSettings.BlockSize];
                block.Joins++;
                block.Sizes += sizes[story];
            }

            sizes[story]++;
        }

        return blocks.Select(block => (block.Joins, block.Joins == 0 ? 0 : (double)block.Sizes / block.Joins)).ToArray();
    }

    private static BlockRow Block(StoriesMeasurements results, int block, (int Joins, double MeanSize) joined)
    {
        var start = block * StoriesSettings.BlockSize;
        var end = Math.Min(results.Settings.Items, start + StoriesSettings.BlockSize);
        var count = end - start;
        double PerItem(TimeSpan time) => time.TotalMicroseconds / count;
        return new BlockRow(
            start,
            end,
            Median(results.Index.Select(pass => (double)pass.Held[block])),
            joined.Joins,
            joined.MeanSize,
            Median(results.Without.Select(run => PerItem(run.Cpu[block]))),
            Median(results.With.Select(run => PerItem(run.Cpu[block]))),
            Median(results.With.Zip(results.Without, (with, without) => PerItem(with.Cpu[block] - without.Cpu[block]))),
            Median(results.With.Zip(results.Without, (with, without) => PerItem(with.Wall[block] - without.Wall[block]))),
            Median(results.Index.Select(pass => PerItem(pass.Words[block]))),
            Median(results.Index.Select(pass => PerItem(pass.Lookup[block]))));
    }

    private static string[] Cells(BlockRow row) =>
    [
        Invariant($"{row.Start / 1000:N0}k–{row.End / 1000:N0}k"),
        Invariant($"{row.Held:N0}"),
        Invariant($"{row.Joins:N0}"),
        Invariant($"{row.StoryJoined:0.0}"),
        Invariant($"{row.Without:0.0}"),
        Invariant($"{row.With:0.0}"),
        Invariant($"{row.Stories:0.0}"),
        Invariant($"{row.StoriesWall:0.0}"),
        Invariant($"{row.Lookup:0.0}"),
        Invariant($"{row.Stories - row.Lookup:0.0}"),
        Invariant($"{row.Words:0.0}"),
    ];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record BlockRow(
        int Start, int End, double Held, int Joins, double StoryJoined, double Without, double With, double Stories, double StoriesWall, double Words, double Lookup);
}

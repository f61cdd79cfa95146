using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using FeedWatch.Benchmarks.Ingest;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Stories;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// <c>stories</c>: the cost of placing every new item in a story at ingest, as the store grows to 100,000
/// items, and how well the stories formed match the generated events. The generated items go through the
/// real <c>LiteDbItemStore.IngestBatch</c> in every run, with stories and with them off, each into a new
/// file; the difference in process CPU time is the cost of stories, and the story index is also timed
/// alone. Exit code 1 when that cost per item in the last block of 10,000 items is more than 2× the cost
/// in the first (the issue's evidence), 2 when the options leave nothing to measure.
/// </summary>
internal static class StoriesBenchmarkCommand
{
    private const int WarmupItems = 20_000;
    private const int WarmupIndexItems = 20_000;

    public static Command Create(TextWriter output)
    {
        var items = new Option<int>("--items") { Description = "Generated items to ingest (at least 20,000: the first and last blocks of 10,000 are compared).", DefaultValueFactory = _ => 100_000 };
        var feeds = new Option<int>("--feeds") { Description = "Feeds the items come from.", DefaultValueFactory = _ => 200 };
        var perDay = new Option<int>("--per-day") { Description = "Items first seen per day (a constant rate).", DefaultValueFactory = _ => 5_000 };
        var runs = new Option<int>("--runs") { Description = "Measured ingests with and without stories, after a warm-up.", DefaultValueFactory = _ => 5 };
        var keep = new Option<bool>("--keep") { Description = "Leave the scratch folder with every run's LiteDB file." };
        var save = new Option<string?>("--save-generated") { Description = "At the end, write the generated items as JSON lines with their event (the ground truth) and the story the store put them in." };
        var command = new Command("stories", "Story assignment at ingest: cost per item as the store grows to 100,000 items, and stories against the generated events.")
        {
            items, feeds, perDay, runs, keep, save,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new StoriesSettings(parse.GetValue(items), parse.GetValue(feeds), parse.GetValue(perDay), parse.GetValue(runs), parse.GetValue(keep));
            if (settings.Items < 2 * StoriesSettings.BlockSize || settings.Feeds < 2 || settings.ItemsPerDay < StoriesSettings.PerPoll || settings.Runs < 1)
            {
                output.WriteLine(Invariant($"--items must be at least {2 * StoriesSettings.BlockSize:N0}, --feeds at least 2, --per-day at least {StoriesSettings.PerPoll} and --runs at least 1."));
                return 2;
            }

            output.WriteLine(Invariant(
                $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {MachineLoad.LoadAverage()}"));
            output.WriteLine($"source: {await SourceVersion.DescribeAsync(cancellationToken)}");
            return Run(output, settings, parse.GetValue(save)) ? 0 : 1;
        });
        return command;
    }

    private static bool Run(TextWriter output, StoriesSettings settings, string? save)
    {
        var generation = Stopwatch.StartNew();
        var corpus = NewsWire.Generate(settings);
        Describe(output, settings, corpus, generation.Elapsed);
        output.WriteLine(Invariant($"  live heap with the generated items: {GC.GetTotalMemory(forceFullCollection: true) / 1e6:N0} MB"));

        var scratch = Directory.CreateTempSubdirectory("feedwatch-stories-");
        try
        {
            // Tiered JIT and dynamic PGO settle on both paths before anything is timed. Even so, the first
            // block of the first measured run often costs 10–20 µs an item more than in the later runs
            // (with every warm-up tried: 8,000 to 100,000 items, with and without a pause after it); the
            // median over runs leaves that one out.
            output.WriteLine(Invariant($"warm-up: the index alone over {WarmupIndexItems:N0} items twice, then {WarmupItems:N0} items with and without stories"));
            for (var pass = 0; pass < 2; pass++)
            {
                IndexPass.Run(corpus, Math.Min(WarmupIndexItems, settings.Items));
            }

            foreach (var stories in new[] { true, false })
            {
                var path = Path.Combine(scratch.FullName, $"warm-up-{(stories ? "with" : "without")}-stories.db");
                StoreIngest.Run(corpus, settings, stories, path, Math.Min(WarmupItems, settings.Items), readStories: false);
                DeleteDatabase(path);
            }

            var with = new List<IngestTiming>();
            var without = new List<IngestTiming>();
            for (var run = 1; run <= settings.Runs; run++)
            {
                // Alternating which goes first, so that a machine slowing down during a run does not favour one.
                foreach (var stories in run % 2 == 1 ? new[] { false, true } : [true, false])
                {
                    Collect();
                    var path = Path.Combine(scratch.FullName, $"{(stories ? "with" : "without")}-stories-{run}.db");
                    var timing = StoreIngest.Run(corpus, settings, stories, path, settings.Items, readStories: stories && with.Count == 0);
                    (stories ? with : without).Add(timing);
                    output.WriteLine(Invariant(
                        $"  run {run} {(stories ? "with" : "without")} stories: {timing.TotalWall.TotalSeconds:0.00} s ({timing.TotalCpu.TotalSeconds:0.00} s CPU; first and last block {PerItem(timing.Cpu[0]):0.0} and {PerItem(timing.Cpu[^1]):0.0} µs an item; {timing.FullCollections} gen2 GCs), ") + Invariant(
                        $"{settings.Items / timing.TotalWall.TotalSeconds:N0} items/s, {timing.FileBytes / 1e6:N0} MB, load average {MachineLoad.LoadAverage()}"));
                    if (!settings.Keep)
                    {
                        DeleteDatabase(path);
                    }
                }
            }

            var index = new List<IndexTiming>();
            for (var pass = 0; pass < settings.Runs; pass++)
            {
                Collect();
                index.Add(IndexPass.Run(corpus, settings.Items));
            }

            output.WriteLine(Invariant($"  index alone: {settings.Runs} passes over {settings.Items:N0} items"));
            var storyOf = with[0].StoryOf!;
            var agreeing = storyOf.Where((story, i) => index[0].StoryOf[i] == story).Count();
            var quality = ClusterQuality.Measure(corpus, storyOf, index[0].Matched, new StoryOptions().MaxApart);
            var results = new StoriesMeasurements(settings, corpus, without, with, index, quality, agreeing);
            if (save is not null)
            {
                GeneratedItemsFile.Write(save, corpus, storyOf);
            }

            output.WriteLine();
            return StoriesResultTable.Write(output, results);
        }
        finally
        {
            if (settings.Keep)
            {
                output.WriteLine($"kept {scratch.FullName}");
            }
            else
            {
                scratch.Delete(recursive: true);
            }
        }
    }

    private static void Describe(TextWriter output, StoriesSettings settings, StoryCorpus corpus, TimeSpan took)
    {
        var items = corpus.Items;
        var days = (corpus.Polls[^1].Time - corpus.Polls[0].Time).TotalDays;
        output.WriteLine(Invariant(
            $"generated {items.Count:N0} items in {took.TotalSeconds:0.0} s: {settings.Feeds} feeds, {days:0.0} days at {settings.ItemsPerDay:N0} items/day, polls of {StoriesSettings.PerPoll} items, {StoriesSettings.PollsPerBatch} polls per IngestBatch"));
        var copies = corpus.Copies;
        output.WriteLine(Invariant(
            $"  {corpus.Events.Count:N0} events ({corpus.Events.Count(news => news.ParentId is not null):N0} follow-ups of an earlier one; ") + Invariant(
            $"{corpus.Events.Count(news => news.Kind.Family is KindFamily.Security or KindFamily.FollowUp):N0} security, {corpus.Events.Count(news => news.Kind.Family == KindFamily.General):N0} general, ") + Invariant(
            $"{corpus.Events.Count(news => news.Kind.Family == KindFamily.Misc):N0} free text); copies {copies:N0} ({(double)copies / items.Count:P1}): ") + Invariant(
            $"headline changed {corpus.CopiesWhere(CopyVariant.HeadlineChanged):N0}, lead rewritten {corpus.CopiesWhere(CopyVariant.LeadRewritten):N0}, ") + Invariant(
            $"number changed {corpus.CopiesWhere(CopyVariant.NumbersChanged):N0}, lead only {corpus.CopiesWhere(CopyVariant.LeadOnly):N0}"));
        var sizes = corpus.Events.Select(news => news.Reports).ToList();
        output.WriteLine(Invariant(
            $"  items per event: {sizes.Count(size => size == 1):N0} events alone, {sizes.Count(size => size is >= 2 and <= 3):N0} with 2–3 items, {sizes.Count(size => size is >= 4 and <= 9):N0} with 4–9, {sizes.Count(size => size >= 10):N0} with 10 or more (largest {sizes.Max()})"));
        var sample = items.Where((_, i) => i % 10 == 0).ToList();
        output.WriteLine(Invariant(
            $"  per item: title {sample.Average(item => item.Title.Length):0} chars, summary {sample.Average(item => item.Summary.Length):0} chars, {sample.Average(item => StoryWords.Of(item.Title, item.Summary, "").Count):0.0} content words (every 10th item)"));
    }

    private static double PerItem(TimeSpan block) => block.TotalMicroseconds / StoriesSettings.BlockSize;

    /// <summary>Each run starts from a collected heap, as in the other benchmarks.</summary>
    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The file and LiteDB's log beside it: 100,000 items are ~200 MB a run.</summary>
    private static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

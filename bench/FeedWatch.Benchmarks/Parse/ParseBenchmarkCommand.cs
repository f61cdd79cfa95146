using System.CommandLine;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using FeedWatch.Benchmarks.Measuring;

namespace FeedWatch.Benchmarks.Parse;

/// <summary>
/// <c>parse</c>: FeedWatch's FeedParser against a bare XmlReader pass (the ceiling) and
/// SyndicationFeed.Load, over a generated 10,000-item feed and over the whole shared corpus.
/// </summary>
internal static class ParseBenchmarkCommand
{
    private const int GeneratedItems = 10_000;
    private const int GeneratedSeed = 20251101;

    public static Command Create(TextWriter output)
    {
        var seconds = new Option<double>("--seconds")
        {
            Description = "Minimum measured time per parser and workload, after warm-up.",
            DefaultValueFactory = _ => 2.0,
        };
        var feedparser = new Option<double?>("--feedparser-items-per-sec")
        {
            Description = "feedparser's corpus items/s on this machine (bench/feedparser_baseline.py); default: the figure in bench/README.md.",
        };
        var saveGenerated = new Option<FileInfo?>("--save-generated")
        {
            Description = "Also write the generated feed here (to time feedparser on it: feedparser_baseline.py --file).",
        };
        var allocations = new Option<bool>("--allocations")
        {
            Description = "After the table, sample which types FeedWatch's parser allocates on each workload.",
        };
        var filter = new Option<string?>("--filter")
        {
            Description = "Only rows whose parser or workload name contains this text (e.g. FeedWatch, corpus), to profile one of them.",
        };

        var command = new Command("parse", "Feed parser throughput and allocations.") { seconds, feedparser, saveGenerated, allocations, filter };
        command.SetAction(parse =>
        {
            var generated = GeneratedRssFeed.Create(GeneratedItems, GeneratedSeed);
            if (parse.GetValue(saveGenerated) is { } file)
            {
                File.WriteAllBytes(file.FullName, generated);
            }

            var baseline = parse.GetValue(feedparser) is { } given ? FeedparserBaseline.Given(given) : FeedparserBaseline.Measured;
            IReadOnlyList<ParseWorkload> workloads = [ParseWorkload.Generated(generated), ParseWorkload.Corpus(RepositoryPaths.CorpusFeeds)];
            Run(output, workloads, parse.GetValue(filter), TimeSpan.FromSeconds(parse.GetValue(seconds)), baseline);
            if (parse.GetValue(allocations))
            {
                WriteAllocationSamples(output, workloads);
            }

            return 0;
        });
        return command;
    }

    private static void Run(TextWriter output, IReadOnlyList<ParseWorkload> workloads, string? filter, TimeSpan minimum, FeedparserBaseline baseline)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"load average {MachineLoad.LoadAverage()}; runs of ≥{minimum.TotalSeconds:0.#} s per row after warm-up."));
        var rows = new List<ParseMeasurement>();
        foreach (var workload in workloads)
        {
            foreach (var parser in ParserUnderTest.All.Where(parser => Selected(filter, workload.Name, parser.Name)))
            {
                var timing = Measurer.Run(() => workload.ParseAll(parser.Parse), minimum);
                rows.Add(new ParseMeasurement(workload, parser, timing));
                output.WriteLine($"  measured {parser.Name} on {workload.Name}");
            }
        }

        output.WriteLine();
        ParseResultTable.Write(output, rows, baseline);
    }

    private static bool Selected(string? filter, params string[] names) =>
        filter is null || names.Any(name => name.Contains(filter, StringComparison.OrdinalIgnoreCase));

    private static void WriteAllocationSamples(TextWriter output, IReadOnlyList<ParseWorkload> workloads)
    {
        foreach (var workload in workloads)
        {
            var samples = AllocationSampler.Sample(() => workload.ParseAll(ParserUnderTest.FeedWatch.Parse), runs: 5);
            var total = Math.Max(1, samples.Sum(pair => pair.Value));
            output.WriteLine();
            output.WriteLine($"FeedWatch allocations by type on {workload.Name} (sampled every ~100 KB):");
            foreach (var (type, bytes) in samples.Take(12))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:0.0}%  {type}"));
            }
        }
    }
}

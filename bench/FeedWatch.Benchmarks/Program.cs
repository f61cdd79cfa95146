using System.CommandLine;
using FeedWatch.Benchmarks.Ingest;
using FeedWatch.Benchmarks.Matching;
using FeedWatch.Benchmarks.Parse;
using FeedWatch.Benchmarks.Rescan;
using FeedWatch.Benchmarks.Stories;

namespace FeedWatch.Benchmarks;

/// <summary>
/// Hand-timed benchmarks, one verb each (<c>dotnet run -c Release --project bench/FeedWatch.Benchmarks -- parse</c>, <c>-- ingest</c>, <c>-- match</c>, <c>-- stories</c>).
/// A new benchmark is a new <c>XxxBenchmarkCommand.Create(output)</c> in its own folder, listed here.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var output = Console.Out;
        var root = new RootCommand("FeedWatch benchmarks: run in Release; each verb prints a table of numbers.")
        {
            ParseBenchmarkCommand.Create(output),
            IngestBenchmarkCommand.Create(output),
            MatchBenchmarkCommand.Create(output),
            RescanBenchmarkCommand.Create(output),
            Cli.CliBenchmarkCommand.Create(output),
            StoriesBenchmarkCommand.Create(output),
        };

        return await root.Parse(args).InvokeAsync();
    }
}

using System.CommandLine;
using System.Globalization;
using FeedWatch.Benchmarks.Ingest;
using FeedWatch.Core.Search;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// <c>cli</c>: the published <c>feedwatch</c> CLI's commands, each as a whole process, over a
/// generated database of a year of news (1,000,000 items, 200 feeds, ~5 % flagged).
/// </summary>
internal static class CliBenchmarkCommand
{
    private const int Feeds = 200;

    public static Command Create(TextWriter output)
    {
        var database = new Option<string?>("--db") { Description = "Where the generated database is kept between runs (default: a folder under the temp folder)." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Build the database again even if it exists with the expected items." };
        var items = new Option<int>("--items") { Description = "Items to generate: the issue's figures need the default; fewer only to try the verb out.", DefaultValueFactory = _ => 1_000_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each command, after one warm-up run.", DefaultValueFactory = _ => 7 };
        var keep = new Option<bool>("--keep") { Description = "Leave the scratch folder: the published CLI, every command's output and the exports." };
        var command = new Command("cli", "Time feedwatch's commands as whole processes over a generated database of 1,000,000 items.")
        {
            database, rebuild, items, runs, keep,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(items);
            if (count < 2 || parse.GetValue(runs) < 1)
            {
                output.WriteLine("--items must be at least 2 and --runs at least 1.");
                return 2;
            }

            var settings = new CliBenchmarkSettings(
                Path.GetFullPath(parse.GetValue(database) ?? CliBenchmarkSettings.DefaultDatabasePath(count)),
                parse.GetValue(rebuild), count, Feeds, parse.GetValue(runs), parse.GetValue(keep));
            try
            {
                return await RunAsync(output, settings, cancellationToken);
            }
            catch (IngestSetupException ex)
            {
                output.WriteLine(ex.Message);
                return 2;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(TextWriter output, CliBenchmarkSettings settings, CancellationToken cancellationToken)
    {
        output.WriteLine(Invariant($"{Environment.ProcessorCount} cores, load average {MachineLoad.LoadAverage()}, .NET {Environment.Version}"));
        output.WriteLine($"source: {await SourceVersion.DescribeAsync(cancellationToken)}");
        var options = BenchConfig.Write(settings.ConfigPath, settings.DatabasePath, settings.Feeds);
        var newest = BenchDatabase.Ensure(output, settings, options.Watch);
        var age = DateTime.UtcNow - newest;
        if (age > TimeSpan.FromHours(12))
        {
            output.WriteLine(Invariant($"NOTE  the newest item is {age.TotalDays:0.0} days old: --since windows hold fewer items than on the day it was built (--rebuild)"));
        }

        var scratch = Directory.CreateTempSubdirectory("feedwatch-cli-bench-");
        try
        {
            output.WriteLine("publishing the CLI (Release, ReadyToRun) ...");
            var cli = Path.Combine(await PublishedApps.PublishCliAsync(scratch.FullName, cancellationToken), "feedwatch.dll");
            await CatchUpSearchIndexAsync(output, cli, settings, scratch.FullName, cancellationToken);

            output.WriteLine(Invariant($"timing: 1 warm-up + {settings.Runs} runs of each command, output piped into a file (so ndjson unless told)"));
            var cases = CliCases.Create(settings, options.Watch.Select(rule => rule.Name).ToList(), newest, Path.Combine(scratch.FullName, "export.ndjson"));
            var results = await CliBenchmark.RunAsync(output, cli, settings.ConfigPath, cases, settings.Runs, scratch.FullName, cancellationToken);
            output.WriteLine();
            CliResultTable.Write(output, results, settings.Items);
            return results.All(result => result.Ran) ? 0 : 2;
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

    /// <summary>
    /// A fresh database has no search index; the first <c>items --search</c> builds it (as it would
    /// after a daemon ran only with --once), which is a one-off and not what the timed search measures.
    /// </summary>
    private static async Task CatchUpSearchIndexAsync(TextWriter output, string cli, CliBenchmarkSettings settings, string scratch, CancellationToken cancellationToken)
    {
        var before = IndexedThrough(settings.DatabasePath);
        var run = await TimedRun.RunAsync(cli, ["--config", settings.ConfigPath, "items", "--search", "x", "--limit", "1"], Path.Combine(scratch, "catch-up.txt"), cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new IngestSetupException($"`feedwatch items --search x` exited with {run.ExitCode}: {run.Error}");
        }

        var after = IndexedThrough(settings.DatabasePath);
        output.WriteLine(after == before
            ? Invariant($"search index: already through item {after:N0} (items --search x: {run.Wall.TotalSeconds:0.00} s)")
            : Invariant($"search index: {after - before:N0} items indexed by `items --search x` in {run.Wall.TotalSeconds:N1} s ({(after - before) / run.Wall.TotalSeconds:N0} items/s), through item {after:N0}"));
    }

    private static int IndexedThrough(string databasePath)
    {
        using var index = SearchIndex.Open(databasePath);
        return index.Through;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

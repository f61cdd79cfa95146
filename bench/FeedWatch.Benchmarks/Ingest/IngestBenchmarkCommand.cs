using System.CommandLine;
using System.ComponentModel;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// <c>ingest</c>: one polling cycle of the real daemon as a whole process (start-up included) against
/// generated feeds served on 127.0.0.1: cold, all-304, and after every feed moved on by K items.
/// Exit code 1 when a run did not do its job (daemon exit code or output, HTTP statuses, stored count);
/// the timing targets are printed, never enforced (STYLE.md, rule 12).
/// </summary>
internal static class IngestBenchmarkCommand
{
    public static Command Create(TextWriter output)
    {
        var feeds = new Option<int>("--feeds") { Description = "Feeds to generate and poll.", DefaultValueFactory = _ => 500 };
        var items = new Option<int>("--items") { Description = "Items in each feed.", DefaultValueFactory = _ => 50 };
        var shift = new Option<int>("--shift") { Description = "New items in every feed before the third run (genfeeds.py --shift), at most --items.", DefaultValueFactory = _ => 5 };
        var keep = new Option<bool>("--keep") { Description = "Keep the scratch folder (feeds, config, database, published binaries) afterwards." };

        var command = new Command("ingest", "Whole-process polling cycle of feedwatchd --once: cold, all 304, shifted.") { feeds, items, shift, keep };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new IngestSettings(parse.GetValue(feeds), parse.GetValue(items), parse.GetValue(shift), parse.GetValue(keep));
            if (Invalid(settings) is { } problem)
            {
                // Checked here, not in a command validator: those see 0 for an option left at its default.
                output.WriteLine(problem);
                return 2;
            }

            output.WriteLine($"{Environment.ProcessorCount} cores, load average {MachineLoad.LoadAverage()}");
            try
            {
                var report = await IngestBenchmark.RunAsync(output, settings, cancellationToken);
                IngestResultTable.Write(output, report);
                return report.AllChecksPassed ? 0 : 1;
            }
            catch (Exception ex) when (ex is IngestSetupException or Win32Exception)
            {
                // Win32Exception: python3 or dotnet is not on PATH.
                output.WriteLine($"ingest could not run: {ex.Message}");
                return 2;
            }
        });
        return command;
    }

    private static string? Invalid(IngestSettings settings) =>
        settings.Feeds < 1 || settings.Items < 1 ? $"--feeds and --items must be at least 1, got {settings.Feeds} and {settings.Items}."
        // Beyond --items the two windows leave a gap, and FeedCorpus's expected count (one window of M+K items) would be too high.
        : settings.Shift < 1 || settings.Shift > settings.Items ? $"--shift must be between 1 and --items ({settings.Items}), got {settings.Shift}."
        : null;
}

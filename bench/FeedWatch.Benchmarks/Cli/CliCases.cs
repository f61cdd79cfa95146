using System.Globalization;
using System.Text.Json;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>The issue's command lines, each with what its output must hold on the generated database.</summary>
internal static class CliCases
{
    // Below this a trial database may not fill a page of 50 for every query.
    private const int FullPagesFrom = 100_000;

    public static IReadOnlyList<CliCase> Create(CliBenchmarkSettings settings, IReadOnlyList<string> rules, DateTime newest, string exportFile)
    {
        int? page = settings.Items >= FullPagesFrom ? 50 : null;
        var phrase = PlantedTerms.SearchedPhrase;
        var middle = (settings.Items / 2).ToString(CultureInfo.InvariantCulture);
        // "--since 365d" starts at the UTC day a year back: all items while the database is from today.
        int? yearItems = newest.Date == DateTime.UtcNow.Date ? settings.Items : null;
        return
        [
            new("--version", ["--version"], CliTarget.StartUp, run => Text(run, ".")),
            new("--help", ["--help"], CliTarget.StartUp, run => Text(run, "items")),
            new("items --flagged --since 7d", ["items", "--flagged", "--since", "7d"], CliTarget.Query,
                run => OutputChecks.Items(run, page, item => OutputChecks.Flagged(item) ?? OutputChecks.SeenWithin(item, TimeSpan.FromDays(7)))),
            new("items --rule TTP --limit 50", ["items", "--rule", "TTP", "--limit", "50"], CliTarget.Query,
                run => OutputChecks.Items(run, page, item => OutputChecks.HasRule(item, "TTP"))),
            new($"items --search \"{phrase}\"", ["items", "--search", phrase], CliTarget.Query,
                run => OutputChecks.Items(run, page, item => OutputChecks.Contains(item, phrase))),
            new($"items --search \"{phrase}\" --since 30d", ["items", "--search", phrase, "--since", "30d"], CliTarget.Query,
                run => OutputChecks.Items(run, page, item => OutputChecks.Contains(item, phrase) ?? OutputChecks.SeenWithin(item, TimeSpan.FromDays(30)))),
            new($"show {middle}", ["show", middle], CliTarget.Query, run => Show(run, middle)),
            new("feeds", ["feeds"], CliTarget.Query, run => Feeds(run, settings)),
            new("stats", ["stats"], CliTarget.Query, run => Stats(JsonLines(run), null)),
            new("stats --since 365d --format json", ["stats", "--since", "365d", "--format", "json"], CliTarget.Query,
                run => Stats(OutputChecks.Json(File.ReadAllText(run.OutputFile)).EnumerateArray().ToList(), yearItems)),
            new("rules", ["rules"], CliTarget.Query, run => Rules(run, rules)),
            new("stories --flagged --since 7d", ["stories", "--flagged", "--since", "7d"], CliTarget.Query, run => Stories(run, page)),
            new("items --collapse --flagged", ["items", "--collapse", "--flagged"], CliTarget.Query,
                run => OutputChecks.Items(run, page, item => OutputChecks.Flagged(item) ?? (item.TryGetProperty("storyId", out _) ? null : "no storyId"))),
            new("export --format ndjson --output FILE", ["export", "--format", "ndjson", "--output", exportFile], CliTarget.Export,
                _ => Export(exportFile, settings.Items, header: false)),
            new("export --format csv", ["export", "--format", "csv"], CliTarget.Export, run => Export(run.OutputFile, settings.Items, header: true)),
        ];
    }

    private static OutputCheck Text(TimedRun run, string expected)
    {
        var text = File.ReadAllText(run.OutputFile);
        var observed = $"{text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} lines";
        return text.Contains(expected, StringComparison.Ordinal) ? new OutputCheck(observed) : OutputCheck.Bad(observed, $"no \"{expected}\" in the output");
    }

    /// <summary>Newest first by last activity, each story once, each with a rule (flagged).</summary>
    private static OutputCheck Stories(TimedRun run, int? expected)
    {
        var stories = JsonLines(run);
        var observed = $"{stories.Count} stories";
        var ids = stories.Select(story => story.GetProperty("storyId").GetInt32()).ToList();
        if (ids.Distinct().Count() != ids.Count)
        {
            return OutputCheck.Bad(observed, "a story listed twice");
        }

        if (stories.Any(story => story.GetProperty("rules").GetArrayLength() == 0))
        {
            return OutputCheck.Bad(observed, "a story with no rule under --flagged");
        }

        return stories.Count == 0 || (expected is { } count && stories.Count != count)
            ? OutputCheck.Bad(observed, $"expected {expected?.ToString(CultureInfo.InvariantCulture) ?? "1 to 50"} stories")
            : new OutputCheck(observed);
    }

    private static OutputCheck Show(TimedRun run, string id)
    {
        var text = File.ReadAllText(run.OutputFile);
        var observed = $"{text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} lines";
        return text.StartsWith($"#{id} ", StringComparison.Ordinal) && text.Contains("Summary:", StringComparison.Ordinal)
            ? new OutputCheck(observed)
            : OutputCheck.Bad(observed, $"does not start with \"#{id}\" or has no summary");
    }

    private static OutputCheck Feeds(TimedRun run, CliBenchmarkSettings settings)
    {
        var feeds = JsonLines(run);
        var items = feeds.Sum(feed => feed.GetProperty("itemCount").GetInt32());
        var observed = $"{feeds.Count} feeds, {items:N0} items";
        return feeds.Count == settings.Feeds && items == settings.Items
            ? new OutputCheck(observed)
            : OutputCheck.Bad(observed, $"expected {settings.Feeds} feeds carrying {settings.Items:N0} items");
    }

    /// <summary>Daily counts: feeds' counts add up to the items, rules' to the flagged ~5 % of them.</summary>
    private static OutputCheck Stats(IReadOnlyList<JsonElement> counts, int? expectedItems)
    {
        int Sum(string kind) => counts.Where(count => count.GetProperty("kind").GetString() == kind).Sum(count => count.GetProperty("count").GetInt32());
        var items = Sum("feed");
        var flagged = Sum("rule");
        var observed = $"{counts.Count} counts, {items:N0} items, {(items == 0 ? 0 : 100.0 * flagged / items):0.0} % flagged";
        if (items == 0 || (expectedItems is { } expected && items != expected))
        {
            return OutputCheck.Bad(observed, $"expected {expectedItems?.ToString("N0", CultureInfo.InvariantCulture) ?? "some"} items counted");
        }

        return flagged < items * 0.04 || flagged > items * 0.06 ? OutputCheck.Bad(observed, "expected ~5 % flagged") : new OutputCheck(observed);
    }

    private static OutputCheck Rules(TimedRun run, IReadOnlyList<string> rules)
    {
        var listed = JsonLines(run);
        var names = listed.Select(rule => rule.GetProperty("name").GetString() ?? "").ToList();
        var hits = listed.Sum(rule => rule.GetProperty("hits7d").GetInt32());
        var observed = $"{listed.Count} rules, {hits:N0} hits in 7 days";
        return names.SequenceEqual(rules) && hits > 0 ? new OutputCheck(observed) : OutputCheck.Bad(observed, $"expected {string.Join(", ", rules)} with hits");
    }

    /// <summary>Oldest first, so the first record is item 1; a CSV header line above the records.</summary>
    private static OutputCheck Export(string path, int items, bool header)
    {
        if (!File.Exists(path))
        {
            return OutputCheck.Bad("no file", $"{path} was not written");
        }

        var records = OutputChecks.CountLines(path) - (header ? 1 : 0);
        var first = OutputChecks.FirstLine(path);
        var observed = string.Create(CultureInfo.InvariantCulture, $"{records:N0} items, {new FileInfo(path).Length / 1e6:N0} MB");
        var firstOk = header ? first.StartsWith("id,", StringComparison.Ordinal) : OutputChecks.Json(first).GetProperty("id").GetInt32() == 1;
        return records == items && firstOk ? new OutputCheck(observed) : OutputCheck.Bad(observed, $"expected {items:N0} records, item 1 first");
    }

    private static IReadOnlyList<JsonElement> JsonLines(TimedRun run) => OutputChecks.JsonLines(run.OutputFile);
}

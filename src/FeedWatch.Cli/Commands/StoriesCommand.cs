using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Stories;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch stories</c>: the items filters, one row per story instead of per item, with who had it
/// first and how many feeds carried it. A story is listed when any of its items meets the filters.
/// </summary>
internal static class StoriesCommand
{
    private static readonly string[] CsvHeaders =
        ["storyId", "title", "firstItemId", "firstFeed", "firstReportedAt", "lastSeen", "sources", "itemCount", "rules"];

    public static Command Create(CliConsole console)
    {
        var filters = new ItemFilterOptions();
        var search = SearchOption.Create();
        var limit = new Option<int>("--limit", "-n") { Description = "at most this many stories", DefaultValueFactory = _ => 50 };
        var minSources = new Option<int>("--min-sources")
        {
            Description = "only stories carried by at least this many different feeds (2: picked up by more than one outlet)",
            DefaultValueFactory = _ => 1,
        };
        var format = FormatOption.ForLists(console);
        ItemFilterOptions.RequirePositive(limit);
        ItemFilterOptions.RequirePositive(minSources);

        var command = new Command("stories", "List stories (one event as one or more feeds reported it), each once, newest first: who had it first, how many feeds carried it. The filters select stories with an item that meets them.");
        foreach (var option in (Option[])[.. filters.Options, search, limit, minSources, format])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var query = filters.ToQuery(parse, console) with { Search = parse.GetValue(search), Limit = parse.GetValue(limit) };
            var fewestSources = parse.GetValue(minSources);
            using var store = StoreOpener.Open(parse);
            var stories = StoryFinder.Find(parse, store, console, query).Where(story => story.Sources.Count >= fewestSources).Take(query.Limit);
            Write(console, stories, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, IEnumerable<StorySummary> stories, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.WriteArray(console.Out, stories.Select(StoryJson.From));
                break;
            case OutputFormat.Ndjson:
                JsonOutput.WriteLines(console.Out, stories.Select(StoryJson.From));
                break;
            case OutputFormat.Csv:
                CsvWriter.WriteRow(console.Out, CsvHeaders);
                foreach (var story in stories)
                {
                    CsvWriter.WriteRow(console.Out,
                    [
                        Number(story.StoryId), story.Title, Number(story.FirstItemId), story.FirstFeedId, TimeFormat.Iso(story.FirstReportedAt),
                        TimeFormat.Iso(story.LastSeen), string.Join(' ', story.Sources), Number(story.ItemCount), string.Join("; ", story.Rules),
                    ]);
                }

                break;
            default:
                var rows = stories.Select(story => (IReadOnlyList<string>)
                [
                    Number(story.StoryId), Number(story.Sources.Count), Number(story.ItemCount), story.FirstFeedId,
                    TimeFormat.Local(story.FirstReportedAt, console.Zone), TimeFormat.Local(story.LastSeen, console.Zone),
                    string.Join("; ", story.Rules), story.Title,
                ]).ToList();
                TableWriter.Write(console.Out, ["STORY", "SOURCES", "ITEMS", "FIRST OUTLET", "FIRST REPORTED", "LAST SEEN", "RULES", "TITLE"], rows);
                if (rows.Count == 0)
                {
                    console.Error.WriteLine("No stories match.");
                }

                break;
        }
    }
}

using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch items</c>: what is new, what is flagged, for which rule, from which feed, since when.</summary>
internal static class ItemsCommand
{
    private static readonly string[] CsvHeaders =
        ["id", "firstSeen", "published", "sources", "rules", "title", "link", "summary"];

    private static readonly string[] CsvStoryHeaders = ["storyId", "storyItems", "storySources"];

    public static Command Create(CliConsole console)
    {
        var filters = new ItemFilterOptions();
        var search = SearchOption.Create();
        var sort = new Option<ItemSort>("--sort") { Description = "newest (first seen, the default) or oldest first", DefaultValueFactory = _ => ItemSort.Newest };
        var limit = new Option<int>("--limit", "-n") { Description = "at most this many items (stories with --collapse)", DefaultValueFactory = _ => 50 };
        var collapse = new Option<bool>("--collapse")
        {
            Description = "one row per story: its first item in the sort that matches, with the story id and how many items and feeds carry it",
        };
        var format = FormatOption.ForLists(console);
        ItemFilterOptions.RequirePositive(limit);

        var command = new Command("items", "List stored items, newest first.");
        foreach (var option in (Option[])[.. filters.Options, search, sort, limit, collapse, format])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var query = filters.ToQuery(parse, console) with
            {
                Search = parse.GetValue(search),
                OldestFirst = parse.GetValue(sort) == ItemSort.Oldest,
                Limit = parse.GetValue(limit),
            };
            using var store = StoreOpener.Open(parse);
            if (parse.GetValue(collapse))
            {
                var stories = StoryFinder.Find(parse, store, console, query).Take(query.Limit).ToList();
                Write(console, [.. stories.Select(story => story.Item)], stories, parse.GetValue(format));
                return ExitCodes.Success;
            }

            IReadOnlyList<StoredItem> items;
            if (query.Search is null)
            {
                items = store.Query(query);
            }
            else
            {
                using var index = SearchOpener.Open(parse, store, console);
                items = new ItemSearch(store, index).Query(query);
            }

            Write(console, items, null, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <param name="stories">With <c>--collapse</c>: each item's story, in the same order; the story columns are added only then, so plain lists keep their shape.</param>
    private static void Write(CliConsole console, IReadOnlyList<StoredItem> items, List<StorySummary>? stories, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.WriteArray(console.Out, items.Select((item, i) => Json(item, stories?[i])));
                break;
            case OutputFormat.Ndjson:
                JsonOutput.WriteLines(console.Out, items.Select((item, i) => Json(item, stories?[i])));
                break;
            case OutputFormat.Csv:
                CsvWriter.WriteRow(console.Out, stories is null ? CsvHeaders : [.. CsvHeaders, .. CsvStoryHeaders]);
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    IEnumerable<string?> row =
                    [
                        Number(item.Id), TimeFormat.Iso(item.FirstSeen), TimeFormat.Iso(item.Published),
                        string.Join(' ', item.Sources), RuleNames(item), item.Title, item.Link, item.Summary,
                    ];
                    CsvWriter.WriteRow(console.Out, stories is null ? row : [.. row, Number(stories[i].StoryId), Number(stories[i].ItemCount), Number(stories[i].Sources.Count)]);
                }

                break;
            default:
                IReadOnlyList<string> headers = stories is null ? ["ID", "FIRST SEEN", "SOURCES", "FLAGS", "TITLE"] : ["ID", "FIRST SEEN", "SOURCES", "FLAGS", "STORY", "TITLE"];
                TableWriter.Write(console.Out, headers,
                    items.Select((item, i) => (IReadOnlyList<string>)
                    [
                        Number(item.Id), TimeFormat.Local(item.FirstSeen, console.Zone), string.Join(',', item.Sources), RuleNames(item),
                        .. stories is null ? [] : (string[])[StoryText.Cell(stories[i])],
                        item.Title,
                    ]).ToList());
                if (items.Count == 0)
                {
                    console.Error.WriteLine("No items match.");
                }

                break;
        }
    }

    private static ItemJson Json(StoredItem item, StorySummary? story)
    {
        var json = ItemJson.From(item, includeContent: false);
        return story is null ? json : json.WithStory(story);
    }

    private static string RuleNames(StoredItem item) => string.Join("; ", item.Matches.Select(m => m.Rule).Distinct());
}

internal enum ItemSort
{
    Newest,
    Oldest,
}

using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Search;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch items</c>: what is new, what is flagged, for which rule, from which feed, since when.</summary>
internal static class ItemsCommand
{
    private static readonly string[] CsvHeaders =
        ["id", "firstSeen", "published", "sources", "rules", "title", "link", "summary"];

    public static Command Create(CliConsole console)
    {
        var filters = new ItemFilterOptions();
        var search = new Option<string?>("--search", "-s")
        {
            Description = "words and \"quoted phrases\" that must all occur in the title, summary or content; read like watch terms (any case, any dash)",
        };
        search.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && SearchText.Parse(token.Value) is null)
            {
                result.AddError($"--search '{token.Value}' has no word to look for.");
            }
        });
        var sort = new Option<ItemSort>("--sort") { Description = "newest (first seen, the default) or oldest first", DefaultValueFactory = _ => ItemSort.Newest };
        var limit = new Option<int>("--limit", "-n") { Description = "at most this many items", DefaultValueFactory = _ => 50 };
        var format = FormatOption.ForLists(console);
        ItemFilterOptions.RequirePositive(limit);

        var command = new Command("items", "List stored items, newest first.");
        foreach (var option in (Option[])[.. filters.Options, search, sort, limit, format])
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

            Write(console, items, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, IReadOnlyList<StoredItem> items, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.WriteArray(console.Out, items.Select(item => ItemJson.From(item, includeContent: false)));
                break;
            case OutputFormat.Ndjson:
                JsonOutput.WriteLines(console.Out, items.Select(item => ItemJson.From(item, includeContent: false)));
                break;
            case OutputFormat.Csv:
                CsvWriter.WriteRow(console.Out, CsvHeaders);
                foreach (var item in items)
                {
                    CsvWriter.WriteRow(console.Out,
                    [
                        item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeFormat.Iso(item.FirstSeen), TimeFormat.Iso(item.Published),
                        string.Join(' ', item.Sources), RuleNames(item), item.Title, item.Link, item.Summary,
                    ]);
                }

                break;
            default:
                TableWriter.Write(console.Out, ["ID", "FIRST SEEN", "SOURCES", "FLAGS", "TITLE"],
                    items.Select(item => (IReadOnlyList<string>)
                    [
                        item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeFormat.Local(item.FirstSeen, console.Zone),
                        string.Join(',', item.Sources), RuleNames(item), item.Title,
                    ]).ToList());
                if (items.Count == 0)
                {
                    console.Error.WriteLine("No items match.");
                }

                break;
        }
    }

    private static string RuleNames(StoredItem item) => string.Join("; ", item.Matches.Select(m => m.Rule).Distinct());
}

internal enum ItemSort
{
    Newest,
    Oldest,
}

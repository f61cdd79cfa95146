using System.CommandLine;
using System.Text;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch export</c>: all or filtered items as ndjson or csv (a dump, oldest first, streamed a
/// page at a time), or as an RSS or Atom feed (newest first) that a feed reader can subscribe to.
/// </summary>
internal static class ExportCommand
{
    // A feed reader shows the newest entries; a feed of a million entries only makes it slow.
    private const int FeedLimit = 100;

    public static Command Create(CliConsole console)
    {
        var filters = new ItemFilterOptions();
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "ndjson (the default: one JSON object a line, as 'items --format ndjson' with content), csv, rss or atom",
            DefaultValueFactory = _ => ExportFormat.Ndjson,
        };
        var output = new Option<string?>("--output", "-o") { Description = "write to this file (replaced when complete) instead of standard output" };
        var limit = new Option<int?>("--limit", "-n") { Description = $"at most this many items (default: all for ndjson and csv, {FeedLimit} for rss and atom)" };
        ItemFilterOptions.RequirePositive(limit);

        var command = new Command("export", "Export items as ndjson or csv (oldest first), or as an RSS or Atom feed (newest first).");
        foreach (var option in (Option[])[.. filters.Options, format, output, limit])
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(format);
            var isFeed = chosen is ExportFormat.Rss or ExportFormat.Atom;
            var query = filters.ToQuery(parse, console) with
            {
                // A dump reads the id index forwards, so it streams and a later dump can resume by id.
                OldestFirst = !isFeed,
                Limit = parse.GetValue(limit) ?? (isFeed ? FeedLimit : int.MaxValue),
            };
            using var store = StoreOpener.Open(parse);
            var export = new Export(chosen, Title(query), console.Time.GetUtcNow());
            if (parse.GetValue(output) is { } path)
            {
                ToFile(console, path, export, store.StreamItems(query), cancellationToken);
            }
            else
            {
                export.Write(console.Out, new ExportProgress(null, console.Time).Track(store.StreamItems(query), cancellationToken));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void ToFile(CliConsole console, string path, Export export, IEnumerable<StoredItem> items, CancellationToken cancellationToken)
    {
        var progress = new ExportProgress(console.IsTerminal ? console.Error : null, console.Time);
        // A failed or interrupted export never leaves a truncated file that looks whole, nor destroys the previous one.
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            export.Write(writer, progress.Track(items, cancellationToken));
        });
        progress.Finish(path);
    }

    private static string Title(ItemQuery query)
    {
        var parts = new List<string> { query.Rule is { } rule ? $"flagged for {rule}" : query.FlaggedOnly ? "flagged items" : "all items" };
        if (query.FeedId is { } feed)
        {
            parts.Add($"from {feed}");
        }

        if (query.Since is { } since)
        {
            parts.Add($"since {TimeFormat.Iso(since)}");
        }

        if (query.Until is { } until)
        {
            parts.Add($"until {TimeFormat.Iso(until)}");
        }

        return "FeedWatch: " + string.Join(' ', parts);
    }

    private sealed record Export(ExportFormat Format, string Title, DateTimeOffset Now)
    {
        public void Write(TextWriter output, IEnumerable<StoredItem> items)
        {
            switch (Format)
            {
                case ExportFormat.Csv:
                    ItemCsv.Write(output, items);
                    break;
                case ExportFormat.Rss or ExportFormat.Atom:
                    ItemFeedWriter.Write(output, Format, Title, Now, items);
                    break;
                default:
                    JsonOutput.WriteLines(output, items.Select(item => ItemJson.From(item, includeContent: true)));
                    break;
            }
        }
    }
}

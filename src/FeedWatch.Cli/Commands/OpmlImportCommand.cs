using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Opml;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch opml import FILE</c>: another reader's subscription list as config feed entries,
/// printed to paste, or appended to the config with <c>--write</c>. A URL the config already has
/// keeps its entry and id; a new one gets an id made from its URL, so a second import changes nothing.
/// </summary>
internal static class OpmlImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "the OPML file another feed reader exported (OPML 1.0, 1.1 or 2.0)" };
        var write = new Option<bool>("--write")
        {
            Description = "append the new feeds to the end of the config's Feeds array. The rest of the file (comments, order, layout) is left as it is, " +
                "and the file is replaced only if the result passes 'config check' (else exit 2, file unchanged)",
        };
        var format = new Option<SingleOutputFormat>("--format", "-f")
        {
            Description = "table (every feed of the list: id, new or present, folder, URL, title; then skipped outlines) or json " +
                "(a JSON array of the new entries, ready to paste into Feeds; skipped outlines and the summary go to stderr)",
            DefaultValueFactory = _ => SingleOutputFormat.Table,
        };
        var command = new Command("import",
            "Turn an OPML subscription list into config feed entries: print them, or add them to the config with --write. " +
            "Feeds the config already has (same URL) keep their id; new ids are made from the URL (host and path), so importing twice adds nothing. " +
            "Folders are shown but not imported (the config has no place for them); outlines without an http(s) xmlUrl are listed as skipped.")
        {
            file,
            write,
            format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var list = Read(path);
            var options = CliConfig.Load(parse);
            var configPath = ConfigPathResolver.Resolve(parse.GetValue(GlobalOptions.Config));
            var plan = OpmlImport.Plan(options.Feeds, list.Feeds);
            var added = plan.Where(entry => !entry.AlreadyPresent).ToList();
            var writing = parse.GetValue(write);
            if (writing && added.Count > 0)
            {
                Write(configPath, added);
            }

            var summary = $"{(writing ? "added" : "would add")} {Count(added.Count, "feed")}, {Number(plan.Count - added.Count)} already present, " +
                $"{Number(list.Skipped.Count)} skipped" + (writing || added.Count == 0 ? "" : $" (--write adds them to {configPath})");
            var notes = list.Skipped.Select(skipped => $"skipped line {Number(skipped.Line)}: {TerminalText.Clean(skipped.Reason)}").Append(summary);
            if (parse.GetValue(format) == SingleOutputFormat.Json)
            {
                console.Out.WriteLine(FeedEntryJson.FormatArray(added));
                WriteLines(console.Error, notes);
            }
            else
            {
                TableWriter.Write(console.Out, ["ID", "STATUS", "FOLDER", "URL", "TITLE"], plan.Select(entry => Row(entry, writing)).ToList());
                WriteLines(console.Out, notes);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static OpmlReadResult.Success Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.UsageOrConfig, $"Cannot read '{path}': {ex.Message}");
        }

        return OpmlReader.Read(bytes) switch
        {
            OpmlReadResult.Success success => success,
            OpmlReadResult.Failure { Line: > 0 } failure =>
                throw new CliException(ExitCodes.UsageOrConfig, $"Cannot import '{path}': line {Number(failure.Line)}: {failure.Reason}"),
            OpmlReadResult.Failure failure => throw new CliException(ExitCodes.UsageOrConfig, $"Cannot import '{path}': {failure.Reason}"),
            _ => throw new InvalidOperationException("Unknown OPML read result."),
        };
    }

    private static void Write(string configPath, List<OpmlImportEntry> added)
    {
        var before = File.ReadAllBytes(configPath);
        var after = ConfigFeedAppender.Append(before, added.Select(FeedEntryJson.Format).ToList());
        AtomicFile.Write(configPath, after, partial =>
        {
            var result = ConfigLoader.Load(partial);
            if (!result.IsValid)
            {
                throw new CliException(ExitCodes.UsageOrConfig,
                    $"Not written: with these feeds {configPath} would be invalid; it is unchanged:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", result.Errors));
            }

            // Read, edit, replace is not atomic: an edit saved meanwhile would be lost without this.
            if (!File.ReadAllBytes(configPath).AsSpan().SequenceEqual(before))
            {
                throw new CliException(ExitCodes.UsageOrConfig, $"Not written: {configPath} changed while importing; run the import again.");
            }
        });
    }

    private static List<string> Row(OpmlImportEntry entry, bool written) =>
    [
        entry.Id,
        entry.AlreadyPresent ? "present" : written ? "added" : "new",
        string.Join('/', entry.Feed.Categories),
        entry.Feed.Url,
        entry.Feed.Title ?? "",
    ];

    private static void WriteLines(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}

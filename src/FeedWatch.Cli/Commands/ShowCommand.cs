using System.CommandLine;
using System.Text.Json;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch show ID</c>: the whole item, where it came from, and why it was flagged.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<int>("id") { Description = "item id, as listed by 'feedwatch items'" };
        var format = FormatOption.ForOneRecordOf("show", "items");

        var command = new Command("show", "Show one item in full, with its sources and the matches that flagged it.") { id, format };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse);
            var itemId = parse.GetValue(id);
            var item = store.GetItem(itemId) ?? throw new CliException(ExitCodes.UsageOrConfig, $"No item with id {itemId}.");
            var story = new StorySummary(item, store.GetStory(item.StoryKey));
            if (parse.GetValue(format) == SingleOutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(ItemJson.From(item, includeContent: true).WithStory(story), ItemJson.Options));
            }
            else
            {
                WriteText(console, item, story);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(CliConsole console, StoredItem item, StorySummary story)
    {
        var output = console.Out;
        output.WriteLine($"#{item.Id}  {TerminalText.Clean(item.Title)}");
        output.WriteLine($"Link:        {TerminalText.Clean(item.Link)}");
        output.WriteLine($"Published:   {TimeFormat.Local(item.Published, console.Zone)}");
        output.WriteLine($"First seen:  {TimeFormat.Local(item.FirstSeen, console.Zone)}");
        output.WriteLine($"Sources:     {TerminalText.Clean(string.Join(", ", item.Sources))}");
        output.WriteLine($"Story:       {StoryText.Line(story)}");
        if (!string.IsNullOrEmpty(item.Author))
        {
            output.WriteLine($"Author:      {TerminalText.Clean(item.Author)}");
        }

        if (item.Categories.Count > 0)
        {
            output.WriteLine($"Categories:  {TerminalText.Clean(string.Join(", ", item.Categories))}");
        }

        if (item.Matches.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Flagged:");
            foreach (var match in item.Matches)
            {
                output.WriteLine($"  {match.Rule}: \"{TerminalText.Clean(match.Term)}\" in {match.Field}");
                output.WriteLine($"    {Highlight(match)}");
            }
        }

        WriteSection(output, "Summary", item.Summary);
        if (item.Content.Length > 0 && item.Content != item.Summary)
        {
            WriteSection(output, "Content", item.Content);
        }
    }

    private static string Highlight(StoredMatch match)
    {
        var snippet = match.Snippet;
        if (match.HitStart < 0 || match.HitStart + match.HitLength > snippet.Length)
        {
            return TerminalText.Clean(snippet);
        }

        var before = TerminalText.Clean(snippet[..match.HitStart]);
        var hit = TerminalText.Clean(snippet.Substring(match.HitStart, match.HitLength));
        var after = TerminalText.Clean(snippet[(match.HitStart + match.HitLength)..]);
        return $"{before}»{hit}«{after}";
    }

    private static void WriteSection(TextWriter output, string heading, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{heading}:");
        output.WriteLine($"  {TerminalText.Clean(text)}");
    }
}

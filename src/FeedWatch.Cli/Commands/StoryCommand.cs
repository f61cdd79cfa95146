using System.CommandLine;
using System.Text.Json;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch story ID</c>: one story's reports oldest first, so the analyst sees who had it first,
/// who followed, and what each later report says differently (a casualty figure, a claim of responsibility).
/// </summary>
internal static class StoryCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<int>("id") { Description = "story id, as listed by 'feedwatch stories', or the id of any item in the story" };
        var format = FormatOption.ForOneRecordOf("story", "stories");
        var command = new Command("story", "Show one story: its reports oldest first, the feeds that carried each, and what later reports say differently from the first.")
        {
            id, format,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse);
            var (summary, timeline) = Find(store, parse.GetValue(id));
            if (parse.GetValue(format) == SingleOutputFormat.Json)
            {
                var json = StoryJson.From(summary) with { Timeline = [.. Members(timeline).Select(ToJson)] };
                console.Out.WriteLine(JsonSerializer.Serialize(json, ItemJson.Options));
            }
            else
            {
                WriteText(console, summary, timeline);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// An item id leads to the item's story. An id that is no item's may still be a story's: retention
    /// purges items, and the item that started a story can go before the story's later reports.
    /// </summary>
    private static (StorySummary Summary, List<StoredItem> Timeline) Find(IItemStore store, int requested)
    {
        var item = store.GetItem(requested);
        var story = store.GetStory(item?.StoryKey ?? requested);
        List<StoredItem> timeline = story is null
            ? item is null ? [] : [item]
            : [.. store.GetItems(store.GetStoryMembers(story.Id)).OrderBy(member => StoryTime.Of(member.Published, member.FirstSeen)).ThenBy(member => member.Id)];
        var anchor = item ?? timeline.FirstOrDefault()
            ?? throw new CliException(ExitCodes.UsageOrConfig, $"No story or item with id {requested}.");
        return (new StorySummary(anchor, story), timeline);
    }

    /// <summary>Each report with what it says differently from the first; the first has nothing to differ from.</summary>
    private static IEnumerable<(StoredItem Item, StoryDifferences? Differences)> Members(List<StoredItem> timeline) =>
        timeline.Select((member, index) => (member, index == 0
            ? null
            : StoryDifferences.Between(timeline[0].Title, timeline[0].Summary, member.Title, member.Summary)));

    private static StoryMemberJson ToJson((StoredItem Item, StoryDifferences? Differences) member) => new(
        member.Item.Id,
        TimeFormat.Iso(StoryTime.Of(member.Item.Published, member.Item.FirstSeen)),
        member.Item.Sources.FirstOrDefault() ?? "",
        [.. member.Item.Sources.Skip(1)],
        member.Item.Title,
        member.Item.Link,
        member.Differences is null ? null : StoryDifferencesJson.From(member.Differences));

    private static void WriteText(CliConsole console, StorySummary summary, List<StoredItem> timeline)
    {
        var output = console.Out;
        output.WriteLine($"Story {Number(summary.StoryId)}  {TerminalText.Clean(summary.Title)}");
        output.WriteLine($"Sources:         {Number(summary.Sources.Count)} ({TerminalText.Clean(string.Join(", ", summary.Sources))})");
        output.WriteLine($"Items:           {Number(summary.ItemCount)}");
        output.WriteLine($"First reported:  {TimeFormat.Local(summary.FirstReportedAt, console.Zone)} by {TerminalText.Clean(summary.FirstFeedId)}");
        output.WriteLine($"Last seen:       {TimeFormat.Local(summary.LastSeen, console.Zone)}");
        if (summary.Rules.Count > 0)
        {
            output.WriteLine($"Rules:           {TerminalText.Clean(string.Join("; ", summary.Rules))}");
        }

        output.WriteLine();
        output.WriteLine("Timeline (oldest report first):");
        foreach (var (item, differences) in Members(timeline))
        {
            var also = item.Sources.Count > 1 ? $" (also {string.Join(", ", item.Sources.Skip(1))})" : "";
            output.WriteLine($"  {TimeFormat.Local(StoryTime.Of(item.Published, item.FirstSeen), console.Zone)}  {TerminalText.Clean(item.Sources.FirstOrDefault() + also)}  #{Number(item.Id)}");
            output.WriteLine($"    {TerminalText.Clean(item.Title)}");
            if (!string.IsNullOrEmpty(item.Link))
            {
                output.WriteLine($"    {TerminalText.Clean(item.Link)}");
            }

            if (differences is not null)
            {
                WriteDifferences(output, differences);
            }
        }
    }

    private static void WriteDifferences(TextWriter output, StoryDifferences differences)
    {
        if (differences.IsEmpty)
        {
            output.WriteLine("    same words and numbers as the first report");
            return;
        }

        WriteList(output, "numbers not in the first report:", differences.NumbersOnlyInOther);
        WriteList(output, "numbers only in the first report:", differences.NumbersOnlyInFirst);
        WriteList(output, "words not in the first report:", differences.WordsOnlyInOther);
        WriteList(output, "words only in the first report:", differences.WordsOnlyInFirst);
    }

    private static void WriteList(TextWriter output, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            output.WriteLine($"    {label,-34}{TerminalText.Clean(string.Join("; ", values))}");
        }
    }
}

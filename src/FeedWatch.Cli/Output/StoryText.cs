using System.Globalization;
using FeedWatch.Core.Stories;

namespace FeedWatch.Cli.Output;

/// <summary>How a table or <c>show</c> puts a story's size into words.</summary>
internal static class StoryText
{
    /// <summary>"12 +2 copies, 3 sources": the story id, and how many other items and how many feeds carry it.</summary>
    public static string Cell(StorySummary story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var id = story.StoryId.ToString(CultureInfo.InvariantCulture);
        return story.ItemCount == 1 ? id : $"{id} +{Count(story.ItemCount - 1, "copy", "copies")}, {Count(story.Sources.Count, "source", "sources")}";
    }

    /// <summary>"12 (3 items from 2 sources)".</summary>
    public static string Line(StorySummary story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return $"{story.StoryId.ToString(CultureInfo.InvariantCulture)} ({Count(story.ItemCount, "item", "items")} from {Count(story.Sources.Count, "source", "sources")})";
    }

    public static string Count(int count, string one, string many) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}

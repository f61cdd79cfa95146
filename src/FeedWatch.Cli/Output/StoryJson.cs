using System.Text.Json.Serialization;
using FeedWatch.Core.Stories;

namespace FeedWatch.Cli.Output;

/// <summary>
/// The stable JSON shape of a story (<c>stories</c>, <c>story</c>); change it only by adding fields.
/// <c>story</c> adds its <see cref="Timeline"/>; a list leaves it out.
/// </summary>
internal sealed record StoryJson(
    int StoryId,
    string Title,
    int FirstItemId,
    string FirstFeed,
    string? FirstReportedAt,
    string? LastSeen,
    IReadOnlyList<string> Sources,
    int ItemCount,
    IReadOnlyList<string> Rules,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StoryMemberJson>? Timeline = null)
{
    public static StoryJson From(StorySummary story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoryJson(story.StoryId, story.Title, story.FirstItemId, story.FirstFeedId, TimeFormat.Iso(story.FirstReportedAt),
            TimeFormat.Iso(story.LastSeen), story.Sources, story.ItemCount, story.Rules);
    }
}

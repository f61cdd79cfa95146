using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Stories;

namespace FeedWatch.Cli.Output;

/// <summary>The stable JSON shape of an item that scripts rely on; change it only by adding fields.</summary>
internal sealed record ItemJson(
    int Id,
    string Title,
    string? Link,
    string Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content,
    string? Author,
    IReadOnlyList<string> Categories,
    string? Published,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<string> Sources,
    bool Flagged,
    IReadOnlyList<MatchJson> Matches)
{
    /// <summary>The item's story: set by <c>show</c> and <c>items --collapse</c>, left out by the other lists.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StoryId { get; init; }

    /// <summary>How many items tell the story, this one included.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StoryItems { get; init; }

    /// <summary>How many distinct feeds carried the story.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StorySources { get; init; }

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Non-ASCII text (Urdu, Pashto) stays readable; control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static ItemJson From(StoredItem item, bool includeContent) => new(
        item.Id,
        item.Title,
        item.Link,
        item.Summary,
        includeContent ? item.Content : null,
        item.Author,
        item.Categories,
        TimeFormat.Iso(item.Published),
        TimeFormat.Iso(item.FirstSeen),
        TimeFormat.Iso(item.LastSeen),
        item.Sources,
        item.Flagged,
        item.Matches.Select(m => new MatchJson(m.Rule, m.Term, m.Field, m.Snippet, m.HitStart, m.HitLength, m.RuleVersion)).ToList());

    public ItemJson WithStory(StorySummary story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return this with { StoryId = story.StoryId, StoryItems = story.ItemCount, StorySources = story.Sources.Count };
    }
}

/// <param name="HitStart">Where the matched words start inside <paramref name="Snippet"/> (UTF-16 offset), for highlighting.</param>
internal sealed record MatchJson(string Rule, string Term, string Field, string Snippet, int HitStart, int HitLength, string RuleVersion);

using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Matching;

/// <summary>One searchable field of an item, already plain text.</summary>
public readonly record struct MatchField(string Name, string Text)
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Content = "content";
    public const string Categories = "categories";

    public static IReadOnlyList<string> Names { get; } = [Title, Summary, Content, Categories];

    /// <summary>The fields rules look at by default.</summary>
    public static IEnumerable<MatchField> Of(NormalizedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Of(item.Title, item.Summary, item.Content, item.Categories);
    }

    /// <summary>A stored item's plain text is what normalizing produced, so a rescan sees what the poll saw.</summary>
    public static IEnumerable<MatchField> Of(string title, string summary, string content, IEnumerable<string> categories)
    {
        yield return new MatchField(Title, title);
        yield return new MatchField(Summary, summary);
        yield return new MatchField(Content, content);
        yield return new MatchField(Categories, string.Join("; ", categories));
    }
}

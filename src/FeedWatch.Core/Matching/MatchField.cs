using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Matching;

/// <summary>One searchable field of an item, already plain text.</summary>
public readonly record struct MatchField(string Name, string Text)
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Content = "content";
    public const string Categories = "categories";

    /// <summary>The fields rules look at by default.</summary>
    public static IEnumerable<MatchField> Of(NormalizedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        yield return new MatchField(Title, item.Title);
        yield return new MatchField(Summary, item.Summary);
        yield return new MatchField(Content, item.Content);
        yield return new MatchField(Categories, string.Join("; ", item.Categories));
    }
}

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// Upper bounds on what one item keeps. Real articles sit far below them; a hostile or broken
/// feed with a 5 MB title must not bloat the database or break LiteDB's 16 MB document limit,
/// whatever body cap ops configure.
/// </summary>
public static class TextLimits
{
    public const int Title = 1_000;
    public const int Author = 500;
    public const int Category = 200;
    public const int Categories = 50;
    public const int Summary = 20_000;
    public const int SummaryHtml = 100_000;
    public const int Content = 200_000;

    /// <summary>The text cut at <paramref name="limit"/> characters, never between the halves of a surrogate pair.</summary>
    public static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit)];
    }

    public static string? CutOrNull(string? text, int limit) => text is null ? null : Cut(text, limit);
}

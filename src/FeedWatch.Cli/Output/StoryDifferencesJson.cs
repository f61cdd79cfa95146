using FeedWatch.Core.Stories;

namespace FeedWatch.Cli.Output;

/// <summary>What a report says differently from the story's first report (<see cref="StoryDifferences"/>); "here" is this report.</summary>
internal sealed record StoryDifferencesJson(
    IReadOnlyList<string> NumbersOnlyHere,
    IReadOnlyList<string> NumbersOnlyInFirst,
    IReadOnlyList<string> WordsOnlyHere,
    IReadOnlyList<string> WordsOnlyInFirst)
{
    public static StoryDifferencesJson From(StoryDifferences differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        return new StoryDifferencesJson(differences.NumbersOnlyInOther, differences.NumbersOnlyInFirst, differences.WordsOnlyInOther, differences.WordsOnlyInFirst);
    }
}

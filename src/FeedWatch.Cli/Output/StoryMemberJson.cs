namespace FeedWatch.Cli.Output;

/// <summary>One report in a story's timeline. <see cref="Differences"/> is null for the first report, which the others are compared with.</summary>
/// <param name="Feed">The feed that carried the item first; <paramref name="OtherSources"/> the feeds that carried the same item later.</param>
internal sealed record StoryMemberJson(
    int ItemId,
    string? ReportedAt,
    string Feed,
    IReadOnlyList<string> OtherSources,
    string Title,
    string? Link,
    StoryDifferencesJson? Differences);

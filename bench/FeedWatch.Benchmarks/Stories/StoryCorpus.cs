namespace FeedWatch.Benchmarks.Stories;

/// <summary>The generated items in first-seen order, the polls that bring them and the events behind them.</summary>
internal sealed record StoryCorpus(IReadOnlyList<GeneratedReport> Items, IReadOnlyList<Poll> Polls, IReadOnlyList<EventTruth> Events, IReadOnlyList<FeedProfile> Feeds)
{
    public int Copies => Items.Count(item => !item.FirstReport);

    public int CopiesWhere(CopyVariant variant) => Items.Count(item => !item.FirstReport && item.Variant.HasFlag(variant));
}

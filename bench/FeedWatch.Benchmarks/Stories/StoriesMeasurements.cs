namespace FeedWatch.Benchmarks.Stories;

/// <summary>Everything <c>stories</c> measured: the ingests with and without stories, the index passes and the stories formed.</summary>
/// <param name="Agreeing">Items the index-only pass put in the same story as the store did.</param>
internal sealed record StoriesMeasurements(
    StoriesSettings Settings,
    StoryCorpus Corpus,
    IReadOnlyList<IngestTiming> Without,
    IReadOnlyList<IngestTiming> With,
    IReadOnlyList<IndexTiming> Index,
    ClusterQuality Quality,
    int Agreeing);

namespace FeedWatch.Benchmarks.Stories;

/// <param name="Items">100,000 for the figures.</param>
/// <param name="ItemsPerDay">Constant rate: items are spread over Items / ItemsPerDay days, so the story index fills up after MaxApart + 1 days.</param>
/// <param name="Runs">Measured ingests with and without stories (each on a new file), after a warm-up.</param>
internal sealed record StoriesSettings(int Items, int Feeds, int ItemsPerDay, int Runs, bool Keep)
{
    /// <summary>Costs are reported per block of this many items, in first-seen order.</summary>
    public const int BlockSize = 10_000;

    public const int Seed = 1;

    /// <summary>New items per poll; <see cref="PollsPerBatch"/> polls make one IngestBatch, as the daemon's group commit does.</summary>
    public const int PerPoll = 25;

    public const int PollsPerBatch = 16;

    /// <summary>Share of items that copy an event another feed reported in the last hours.</summary>
    public const double CopyShare = 0.30;

    /// <summary>Share of new events that follow up an event of the last two days (same place or topic, another story).</summary>
    public const double FollowUpShare = 0.08;
}

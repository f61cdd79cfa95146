namespace FeedWatch.Core.Polling;

public sealed record PollOutcome(string FeedId, PollStatus Status, int New = 0, int Updated = 0, string? Error = null);

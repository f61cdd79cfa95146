namespace FeedWatch.Core.Polling;

/// <param name="FailureKind">For a failed poll, its kind alone (<c>Timeout</c>, <c>HttpStatus</c>, …), the start of <paramref name="Error"/>.</param>
/// <param name="NewFlaggedRules">For a stored poll, each rule once per newly stored item it flagged.</param>
public sealed record PollOutcome(
    string FeedId, PollStatus Status, int New = 0, int Updated = 0, string? Error = null,
    string? FailureKind = null, IReadOnlyList<string>? NewFlaggedRules = null);

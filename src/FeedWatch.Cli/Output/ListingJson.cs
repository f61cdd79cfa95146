namespace FeedWatch.Cli.Output;

// The stable JSON shapes of `feeds`, `rules` and `stats` (camelCase by ItemJson.Options); change them
// only by adding members. Named records, not anonymous objects, so that CliJsonContext can hold their
// serialization code.

internal sealed record FeedJson(
    string Id,
    string Url,
    string? Title,
    string Status,
    string? LastPoll,
    string? LastSuccess,
    string? LastNewItem,
    string? NextPoll,
    string? NextPollReason,
    bool Stale,
    string? MovedTo,
    double? FeedTtlMinutes,
    int ConsecutiveFailures,
    string? LastErrorKind,
    string? LastError,
    string? LastErrorAt,
    int ItemCount);

internal sealed record RuleJson(
    string Name,
    string Version,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Fields,
    bool? CaseSensitive,
    string? Webhook,
    int Hits24h,
    int Hits7d);

internal sealed record DailyCountJson(string Day, string Kind, string Key, int Count);

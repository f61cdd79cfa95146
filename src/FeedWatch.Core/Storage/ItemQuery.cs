namespace FeedWatch.Core.Storage;

/// <summary>The analyst's filters; every one optional.</summary>
public sealed record ItemQuery
{
    public bool FlaggedOnly { get; init; }

    public string? Rule { get; init; }

    public string? FeedId { get; init; }

    /// <summary>Items first seen at or after this UTC time.</summary>
    public DateTime? Since { get; init; }

    public int Limit { get; init; } = 50;
}

namespace FeedWatch.Core.Storage;

/// <summary>The analyst's filters; every one optional.</summary>
public sealed record ItemQuery
{
    public bool FlaggedOnly { get; init; }

    public string? Rule { get; init; }

    public string? FeedId { get; init; }

    /// <summary>Items first seen at or after this UTC time.</summary>
    public DateTime? Since { get; init; }

    /// <summary>Items first seen before this UTC time.</summary>
    public DateTime? Until { get; init; }

    /// <summary>Words and "quoted phrases" that must all occur in the title, summary or content (<see cref="Search.SearchText"/>).</summary>
    public string? Search { get; init; }

    public bool OldestFirst { get; init; }

    /// <summary>Only items with a higher id: the part of the store a search index has not read yet.</summary>
    public int AfterId { get; init; }

    public int Limit { get; init; } = 50;
}

namespace FeedWatch.Core.Storage;

/// <summary>An item as stored in the <c>items</c> collection; the shape <c>feedwatch</c> prints.</summary>
public sealed class StoredItem
{
    [LiteDB.BsonId(autoId: true)]
    public int Id { get; set; }

    /// <summary>Cross-feed identity (unique): the normalized link, or the entry key when there is no link.</summary>
    public string DedupKey { get; set; } = "";

    /// <summary>Per-feed identities (<c>feedId|guid</c>…) that lead to this item.</summary>
    public List<string> EntryKeys { get; set; } = [];

    /// <summary>Ids of the feeds that carried this item, first carrier first.</summary>
    public List<string> Sources { get; set; } = [];

    public string Title { get; set; } = "";

    public string? Link { get; set; }

    public string? Author { get; set; }

    public List<string> Categories { get; set; } = [];

    public string Summary { get; set; } = "";

    public string? SummaryHtml { get; set; }

    public string Content { get; set; } = "";

    /// <summary>UTC; null when the feed gave no readable date.</summary>
    public DateTime? Published { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public string ContentHash { get; set; } = "";

    public List<StoredMatch> Matches { get; set; } = [];

    /// <summary>Kept beside <see cref="Matches"/> so that "flagged" is an index lookup, not a scan.</summary>
    public bool Flagged { get; set; }

    /// <summary>The story this item joined (<see cref="Story"/>); null while it is a story of its own.</summary>
    public int? StoryId { get; set; }

    /// <summary>The id of the item's story, whether or not the story has a document.</summary>
    [LiteDB.BsonIgnore]
    public int StoryKey => StoryId ?? Id;
}

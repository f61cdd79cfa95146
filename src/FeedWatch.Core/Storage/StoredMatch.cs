namespace FeedWatch.Core.Storage;

public sealed class StoredMatch
{
    public string Rule { get; set; } = "";

    public string Term { get; set; } = "";

    public string Field { get; set; } = "";

    public string Snippet { get; set; } = "";

    public int HitStart { get; set; }

    public int HitLength { get; set; }
}

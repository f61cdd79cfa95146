namespace FeedWatch.Core.Parsing;

/// <summary>Collects an entry's fields as its elements stream past; the first of each kind wins.</summary>
internal sealed class EntryBuilder
{
    public string? Id { get; set; }

    public bool IdIsPermaLink { get; set; }

    public string? RssLink { get; set; }

    public string? AlternateLink { get; set; }

    public string? OtherLink { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Content { get; set; }

    public string? Author { get; set; }

    /// <summary>Media RSS title and description: used only when the entry has none of its own.</summary>
    public string? MediaTitle { get; set; }

    public string? MediaDescription { get; set; }

    public List<string> Categories { get; } = [];

    public DateTimeOffset? Published { get; set; }

    public DateTimeOffset? Updated { get; set; }

    public ParsedEntry Build()
    {
        var id = string.IsNullOrWhiteSpace(Id) ? null : Id.Trim();
        return new ParsedEntry(id, RssLink ?? AlternateLink ?? OtherLink ?? PermaLinkFromId(id), Title ?? MediaTitle, Summary ?? MediaDescription, Content, Author, Categories, Published, Updated);
    }

    /// <summary>An RSS guid that is a permalink (the default) is the article's address when no link is given.</summary>
    private string? PermaLinkFromId(string? id) =>
        IdIsPermaLink && Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? id : null;
}

using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Deduplication;

public sealed class EntryFingerprintTests
{
    private static readonly Uri DocumentUrl = new("https://news.example/rss");

    private static readonly ParsedEntry Entry = new(
        "guid-1", "/story/1", "TTP statement", "<p>Summary</p>", "<p>Content</p>", "Desk",
        ["Pakistan", "Security"], new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.FromHours(5)), null);

    [Fact]
    public void Of_SameEntryParsedTwice_IsEqual() =>
        Assert.Equal(EntryFingerprint.Of(Entry, DocumentUrl), EntryFingerprint.Of(Entry with { Categories = ["Pakistan", "Security"] }, new Uri("https://news.example/rss")));

    public static TheoryData<string, ParsedEntry> Edits => new()
    {
        { "id", Entry with { Id = "guid-2" } },
        { "id missing", Entry with { Id = null } },
        { "link", Entry with { Link = "/story/2" } },
        { "title", Entry with { Title = "TTP statement (updated)" } },
        { "summary", Entry with { SummaryHtml = "<p>Summary.</p>" } },
        { "content", Entry with { ContentHtml = null } },
        { "author", Entry with { Author = "" } },
        { "category added", Entry with { Categories = ["Pakistan", "Security", "TTP"] } },
        { "categories joined differently", Entry with { Categories = ["PakistanSecurity"] } },
        { "text moved between fields", Entry with { Title = "TTP statement<p>Summary</p>", SummaryHtml = "" } },
        { "published", Entry with { Published = Entry.Published!.Value.AddMinutes(1) } },
        { "same instant, other offset", Entry with { Published = Entry.Published!.Value.ToUniversalTime() } },
        { "updated", Entry with { Updated = Entry.Published } },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Of_AnyFieldEdited_Differs(string edit, ParsedEntry edited) =>
        Assert.True(EntryFingerprint.Of(Entry, DocumentUrl) != EntryFingerprint.Of(edited, DocumentUrl), edit);

    [Fact]
    public void Of_SameEntryInADocumentAtAnotherAddress_Differs() =>
        // Relative links resolve against the document's address, so the stored item would differ.
        Assert.NotEqual(EntryFingerprint.Of(Entry, DocumentUrl), EntryFingerprint.Of(Entry, new Uri("https://mirror.example/rss")));
}

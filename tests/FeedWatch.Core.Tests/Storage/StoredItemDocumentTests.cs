using FeedWatch.Core.Storage;
using LiteDB;

namespace FeedWatch.Core.Tests.Storage;

/// <summary>
/// The hand-written conversion must give LiteDB's mapper's documents exactly, or files written before
/// it (and the indexes' expressions) would read differently; and read what the mapper wrote back into
/// the same items, including documents from before some fields existed.
/// </summary>
public sealed class StoredItemDocumentTests
{
    private static readonly BsonMapper Mapper = LiteDbItemStore.CreateMapper();

    public static TheoryData<string> Items => new() { "full", "nulls", "empty", "new" };

    private static StoredItem Named(string name) => name switch
    {
        "full" => new StoredItem
        {
            Id = 41,
            DedupKey = "link:https://example.org/a?b=1",
            EntryKeys = ["feed-a|id:urn:1", "feed-b|link:https://example.org/a?b=1"],
            Sources = ["feed-a", "feed-b"],
            Title = "  Tehrik-e-Taliban Pakistan – ‘talks’ \u00e9\u0301  ",
            Link = "https://example.org/a?b=1#frag",
            Author = "E. Garcia",
            Categories = ["world", ""],
            Summary = "",
            SummaryHtml = "<p>x &amp; y</p>",
            Content = "body\nlines",
            Published = new DateTime(2024, 1, 2, 13, 1, 49, 123, DateTimeKind.Utc),
            FirstSeen = new DateTime(2026, 12, 3, 18, 53, 6, 844, DateTimeKind.Utc),
            LastSeen = new DateTime(2026, 12, 3, 19, 0, 0, DateTimeKind.Utc),
            ContentHash = "49228295C2F359673116C0FA416B2159",
            Matches = [new StoredMatch { Rule = "TTP", Term = "Tehrik-e-Taliban Pakistan", Field = "title", Snippet = "…talks…", HitStart = 2, HitLength = 25, RuleVersion = "3f2a" }, new StoredMatch()],
            Flagged = true,
            StoryId = 7,
        },
        "nulls" => new StoredItem { Id = 3, Link = null, Author = null, SummaryHtml = null, Published = null, StoryId = null, FirstSeen = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
        "empty" => new StoredItem { Id = 5, EntryKeys = [], Sources = [], Categories = [], Matches = [] },
        // Not yet inserted: the id is LiteDB's to assign.
        "new" => new StoredItem { DedupKey = "hash:abc", Title = "t", FirstSeen = DateTime.UnixEpoch },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void ToDocument_IsTheMappersDocument(string name)
    {
        var item = Named(name);
        var expected = Mapper.ToDocument(item);
        if (item.Id == 0)
        {
            // LiteDB drops a zero auto-id before inserting the mapper's document.
            expected.Remove("_id");
        }

        var actual = StoredItemDocument.ToDocument(item);

        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void FromDocument_ReadsWhatTheMapperWrote(string name)
    {
        var document = Mapper.ToDocument(Named(name));

        var item = StoredItemDocument.FromDocument(document);

        Assert.Equal(Describe(Mapper.ToObject<StoredItem>(document)), Describe(item));
    }

    [Fact]
    public void FromDocument_OfAnOlderDocument_KeepsTheDefaultsOfMissingFields()
    {
        var document = new BsonDocument { ["_id"] = 9, ["DedupKey"] = "link:x", ["Title"] = "old", ["FirstSeen"] = new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc) };

        var item = StoredItemDocument.FromDocument(document);

        Assert.Equal(Describe(Mapper.ToObject<StoredItem>(document)), Describe(item));
        Assert.Equal(DateTimeKind.Utc, item.FirstSeen.Kind);
        Assert.Equal(new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc), item.FirstSeen);
    }

    [Fact]
    public void AnItemThroughTheStore_ComesBackAsTheMapperWouldReadIt()
    {
        using var temp = new Support.TempDirectory();
        var path = temp.File("items.db");
        var item = Named("full");
        item.Id = 0;
        using (var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared }, Mapper))
        {
            database.GetCollection<StoredItem>("items").Insert(item);
        }

        using var store = LiteDbItemStore.OpenExisting(path);

        Assert.Equal(Describe(item), Describe(store.GetItem(item.Id)!));
    }

    // Every member with its kind of date, so that a local-time or unspecified date cannot pass for UTC.
    private static string Describe(StoredItem item) => System.Text.Json.JsonSerializer.Serialize(item) + item.FirstSeen.Kind + item.LastSeen.Kind + item.Published?.Kind;
}

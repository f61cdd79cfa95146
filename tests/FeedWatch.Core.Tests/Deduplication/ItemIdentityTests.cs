using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Tests.Deduplication;

public sealed class ItemIdentityTests
{
    private static NormalizedItem Item(string? id, string? link, string title = "TTP claims attack", string summary = "Details.") =>
        new(id, link, title, summary, summary, "", null, [], new DateTime(2024, 5, 1, 5, 0, 0, DateTimeKind.Utc), "hash");

    [Fact]
    public void For_EntryWithGuid_EntryKeyUsesTheGuid()
    {
        var identity = ItemIdentity.For("dawn", Item(" urn:dawn:123 ", "https://www.dawn.com/news/123"));

        Assert.Equal("dawn|id:urn:dawn:123", identity.EntryKey);
        Assert.Equal("link:https://www.dawn.com/news/123", identity.DedupKey);
    }

    [Fact]
    public void For_EntryWithoutGuid_EntryKeyUsesTheLink()
    {
        var identity = ItemIdentity.For("dawn", Item(null, "https://www.dawn.com/news/123"));

        Assert.Equal("dawn|link:https://www.dawn.com/news/123", identity.EntryKey);
        Assert.Equal("link:https://www.dawn.com/news/123", identity.DedupKey);
    }

    [Fact]
    public void For_EntryWithNeitherGuidNorLink_UsesAHashForBothKeys()
    {
        var identity = ItemIdentity.For("dawn", Item("  ", null));

        Assert.StartsWith("dawn|hash:", identity.EntryKey, StringComparison.Ordinal);
        Assert.True(identity.EntryKey.Length > "dawn|hash:".Length);
        Assert.Equal(identity.EntryKey, identity.DedupKey);
    }

    [Fact]
    public void For_HashedEntries_SameContentSameKeyDifferentContentDifferentKey()
    {
        var first = ItemIdentity.For("dawn", Item(null, null));
        var again = ItemIdentity.For("dawn", Item(null, null));
        var other = ItemIdentity.For("dawn", Item(null, null, title: "TTP denies attack"));

        Assert.Equal(first.EntryKey, again.EntryKey);
        Assert.NotEqual(first.EntryKey, other.EntryKey);
    }

    [Fact]
    public void For_SameLinkFromTwoFeeds_SameDedupKeyDifferentEntryKeys()
    {
        var fromDawn = ItemIdentity.For("dawn", Item("dawn-1", "https://www.reuters.com/world/story-1"));
        var fromGeo = ItemIdentity.For("geo", Item("geo-77", "https://www.reuters.com/world/story-1"));

        Assert.Equal(fromDawn.DedupKey, fromGeo.DedupKey);
        Assert.NotEqual(fromDawn.EntryKey, fromGeo.EntryKey);
    }
}

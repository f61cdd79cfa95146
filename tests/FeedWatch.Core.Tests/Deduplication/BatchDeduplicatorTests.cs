using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Tests.Deduplication;

public sealed class BatchDeduplicatorTests
{
    private static NormalizedItem Item(string title, string? guid, string link) =>
        new(guid, link, title, "", null, "", null, [], null, title);

    private static List<string> KeptTitles(params NormalizedItem[] items) =>
        BatchDeduplicator.Distinct(items, item => ItemIdentity.For("dawn", item)).Select(i => i.Title).ToList();

    [Fact]
    public void Distinct_RepeatedGuid_KeepsTheFirst() =>
        Assert.Equal(["first", "other"], KeptTitles(
            Item("first", "g1", "https://x.org/1"),
            Item("other", "g2", "https://x.org/2"),
            Item("repeat", "g1", "https://x.org/1-moved")));

    [Fact]
    public void Distinct_RepeatedLinkWithDifferentGuids_KeepsTheFirst() =>
        Assert.Equal(["first", "other"], KeptTitles(
            Item("first", "g1", "https://x.org/1"),
            Item("repeat", "g9", "https://x.org/1"),
            Item("other", "g2", "https://x.org/2")));

    [Fact]
    public void Distinct_NoRepeats_KeepsEverythingInOrder() =>
        Assert.Equal(["c", "a", "b"], KeptTitles(
            Item("c", null, "https://x.org/3"),
            Item("a", "g1", "https://x.org/1"),
            Item("b", null, "https://x.org/2")));
}

using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Tests.Normalizing;

public sealed class ItemNormalizerTests
{
    private static readonly Uri DocumentUrl = new("https://example.org/feeds/rss.xml");

    private static readonly ParsedEntry Entry = new(
        Id: "guid-1",
        Link: "/news/ttp-statement?utm_source=rss#top",
        Title: "TTP <b>statement</b> &amp; reaction",
        SummaryHtml: "<p>The TTP said&nbsp;so.</p>",
        ContentHtml: null,
        Author: "Desk",
        Categories: ["Pakistan", "Security"],
        Published: new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(5)),
        Updated: new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Normalize_Entry_GivesPlainTextAndAbsoluteNormalizedLink()
    {
        var item = ItemNormalizer.Normalize(Entry, DocumentUrl);

        Assert.Equal("https://example.org/news/ttp-statement", item.Link);
        Assert.Equal("TTP statement & reaction", item.Title);
        Assert.Equal("The TTP said so.", item.Summary);
        Assert.Equal("<p>The TTP said&nbsp;so.</p>", item.SummaryHtml);
    }

    [Fact]
    public void Normalize_HugeFields_AreCutToTheLimits()
    {
        var huge = Entry with
        {
            Title = new string('t', 5_000_000),
            SummaryHtml = "<p>" + new string('s', 3_000_000) + "</p>",
            ContentHtml = new string('c', 3_000_000),
            Categories = [.. Enumerable.Range(0, 500).Select(i => $"tag {i}")],
        };

        var item = ItemNormalizer.Normalize(huge, DocumentUrl);

        Assert.Equal(TextLimits.Title, item.Title.Length);
        Assert.Equal(TextLimits.Summary, item.Summary.Length);
        // Cut at the limit, then the sanitizer closes the paragraph the cut left open.
        Assert.Equal("<p>" + new string('s', TextLimits.SummaryHtml - "<p>".Length) + "</p>", item.SummaryHtml);
        Assert.Equal(TextLimits.Content, item.Content.Length);
        Assert.Equal(TextLimits.Categories, item.Categories.Count);
    }

    [Fact]
    public void Cut_AtASurrogatePair_KeepsThePairWhole()
    {
        var text = "ab" + char.ConvertFromUtf32(0x1F4F0) + "cd";

        Assert.Equal("ab", TextLimits.Cut(text, 3));
        Assert.Equal("ab" + char.ConvertFromUtf32(0x1F4F0), TextLimits.Cut(text, 4));
    }

    [Fact]
    public void Normalize_PublishedWithOffset_IsUtc()
    {
        var item = ItemNormalizer.Normalize(Entry, DocumentUrl);

        Assert.Equal(new DateTime(2024, 5, 1, 5, 0, 0, DateTimeKind.Utc), item.Published);
        Assert.Equal(DateTimeKind.Utc, item.Published!.Value.Kind);
    }

    [Fact]
    public void Normalize_NoPublished_FallsBackToUpdated()
    {
        var item = ItemNormalizer.Normalize(Entry with { Published = null }, DocumentUrl);

        Assert.Equal(new DateTime(2024, 5, 2, 10, 0, 0, DateTimeKind.Utc), item.Published);
    }

    [Fact]
    public void Normalize_NoDateAtAll_PublishedIsNull() =>
        Assert.Null(ItemNormalizer.Normalize(Entry with { Published = null, Updated = null }, DocumentUrl).Published);

    [Fact]
    public void Normalize_SameEntryTwice_GivesSameContentHash() =>
        Assert.Equal(ItemNormalizer.Normalize(Entry, DocumentUrl).ContentHash, ItemNormalizer.Normalize(Entry with { }, DocumentUrl).ContentHash);

    [Fact]
    public void Normalize_TitleChanged_ContentHashChanges()
    {
        var before = ItemNormalizer.Normalize(Entry, DocumentUrl);
        var after = ItemNormalizer.Normalize(Entry with { Title = "TTP statement & reaction (updated)" }, DocumentUrl);

        Assert.NotEqual(before.ContentHash, after.ContentHash);
    }

    [Fact]
    public void Normalize_OnlyMarkupOrTrackingParameterChanged_ContentHashStays()
    {
        var before = ItemNormalizer.Normalize(Entry, DocumentUrl);
        var after = ItemNormalizer.Normalize(
            Entry with { Title = "TTP statement &amp; <i>reaction</i>", Link = "https://EXAMPLE.org/news/ttp-statement?utm_medium=x" },
            DocumentUrl);

        Assert.Equal(before.ContentHash, after.ContentHash);
    }
}

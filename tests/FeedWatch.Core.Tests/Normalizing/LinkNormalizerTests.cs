using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Tests.Normalizing;

public sealed class LinkNormalizerTests
{
    [Theory]
    [InlineData("HTTP://WWW.Dawn.COM/news/1?id=5", "http://www.dawn.com/news/1?id=5")]
    [InlineData("https://Example.org/Path/Keeps/Case", "https://example.org/Path/Keeps/Case")]
    public void Normalize_SchemeAndHost_AreLowerCased(string url, string expected) =>
        Assert.Equal(expected, LinkNormalizer.Normalize(new Uri(url)));

    [Theory]
    [InlineData("http://example.org:80/a", "http://example.org/a")]
    [InlineData("https://example.org:443/a", "https://example.org/a")]
    [InlineData("https://example.org:8443/a", "https://example.org:8443/a")]
    public void Normalize_Port_OnlyNonDefaultIsKept(string url, string expected) =>
        Assert.Equal(expected, LinkNormalizer.Normalize(new Uri(url)));

    [Fact]
    public void Normalize_Fragment_IsRemoved() =>
        Assert.Equal("https://example.org/story?id=1", LinkNormalizer.Normalize(new Uri("https://example.org/story?id=1#comments")));

    [Fact]
    public void Normalize_TrackingParameters_AreRemovedOthersKeptInOrder()
    {
        var url = new Uri("https://example.org/story?z=9&utm_source=rss&id=5&fbclid=IwAR0&UTM_Medium=feed&page=2&gclid=Cj0&a=1");

        Assert.Equal("https://example.org/story?z=9&id=5&page=2&a=1", LinkNormalizer.Normalize(url));
    }

    [Fact]
    public void Normalize_OnlyTrackingParameters_LeavesNoQuestionMark() =>
        Assert.Equal("https://example.org/story", LinkNormalizer.Normalize(new Uri("https://example.org/story?utm_source=rss&utm_campaign=x")));

    [Theory]
    [InlineData("../2024/story.html", "https://example.org/news/2024/story.html")]
    [InlineData("/about", "https://example.org/about")]
    [InlineData("story.html?id=3", "https://example.org/news/feeds/story.html?id=3")]
    [InlineData("//cdn.example.net/x", "https://cdn.example.net/x")]
    [InlineData("  http://other.org/abs  ", "http://other.org/abs")]
    public void ToAbsolute_RelativeLink_ResolvesAgainstDocumentUrl(string link, string expected)
    {
        var documentUrl = new Uri("https://example.org/news/feeds/rss.xml");

        Assert.Equal(new Uri(expected), LinkNormalizer.ToAbsolute(link, documentUrl));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public void ToAbsolute_NotAnHttpLink_ReturnsNull(string? link) =>
        Assert.Null(LinkNormalizer.ToAbsolute(link, new Uri("https://example.org/rss.xml")));

    // From the bad-input run: a byte flipped in a link's host, decoded as U+FFFD. Uri accepted it,
    // and normalizing it threw from Uri.IdnHost, failing the whole poll as Internal.
    [Theory]
    [InlineData("http://www.mirror\uFFFDco.uk/news/world-news/story-9576092")]
    [InlineData("//www.mirror.c\uFFFD.uk/news/story")]
    public void ToAbsolute_HostInvalidForIdn_ReturnsNull(string link) =>
        Assert.Null(LinkNormalizer.ToAbsolute(link, new Uri("https://example.org/rss.xml")));
}

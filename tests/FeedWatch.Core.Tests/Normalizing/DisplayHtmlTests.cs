using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Tests.Normalizing;

public sealed class DisplayHtmlTests
{
    [Theory]
    [InlineData("<p>Talks resume<script>alert(1)</script></p>", "<p>Talks resume</p>")]
    [InlineData("<img src=\"https://example.org/a.jpg\" onerror=\"alert(1)\">", "<img src=\"https://example.org/a.jpg\">")]
    [InlineData("<a href=\"javascript:alert(1)\">read</a>", "<a>read</a>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe><b>kept</b>", "<b>kept</b>")]
    [InlineData("<p style=\"display:none\" class=\"x\">hidden?</p>", "<p>hidden?</p>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"p\"></form>ok", "ok")]
    public void Sanitize_DangerousMarkup_IsRemoved(string html, string expected) =>
        Assert.Equal(expected, DisplayHtml.Sanitize(html));

    [Fact]
    public void Sanitize_OrdinaryArticleMarkup_IsKept()
    {
        const string html = "<p>Officials in <a href=\"https://example.org/bannu\">Bannu</a> said <em>three</em> were hurt.</p>";

        Assert.Equal(html, DisplayHtml.Sanitize(html));
    }

    [Fact]
    public void Sanitize_UnclosedTags_AreRepaired() =>
        Assert.Equal("<p><b>Breaking</b></p>", DisplayHtml.Sanitize("<p><b>Breaking"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Sanitize_Nothing_IsNull(string? html) => Assert.Null(DisplayHtml.Sanitize(html));

    [Fact]
    public void Sanitize_TextWithoutTags_IsReturnedAsIs() =>
        Assert.Equal("AT&amp;T &mdash; talks", DisplayHtml.Sanitize("AT&amp;T &mdash; talks"));
}

using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Tests.Normalizing;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Militants of the <b>TTP</b> attacked.</p>", "Militants of the TTP attacked.")]
    [InlineData("<p>one</p><p>two</p><br/>three", "one two three")]
    [InlineData("<a href=\"https://x.org/?a=1&amp;b=2\">link</a>", "link")]
    [InlineData("before<!-- <b>hidden</b> -->after", "before after")]
    public void ToPlainText_Tags_AreRemovedWithoutGluingWords(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void ToPlainText_GreaterThanInsideQuotedAttribute_DoesNotEndTheTag() =>
        Assert.Equal("Chart", HtmlText.ToPlainText("<img alt=\"exports > imports\" src=\"c.png\">Chart"));

    [Fact]
    public void ToPlainText_InlineTagBeforePunctuation_AddsNoSpace() =>
        Assert.Equal("Claimed by the TTP, police said.", HtmlText.ToPlainText("Claimed by the <b>TTP</b>, police said."));

    [Theory]
    [InlineData("Text<script>var a = '<b>x</b>';</script> more", "Text more")]
    [InlineData("<style type=\"text/css\">p { color: red }</style>Body", "Body")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>Shown", "Shown")]
    public void ToPlainText_ScriptAndStyle_AreRemovedWithTheirContent(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("Fish &amp; chips", "Fish & chips")]
    [InlineData("&lt;b&gt;not a tag&lt;/b&gt;", "<b>not a tag</b>")]
    [InlineData("caf&eacute; &#8211; &#x2014; &quot;q&quot;", "café – — \"q\"")]
    [InlineData("the&nbsp;TTP&#160;withdrew", "the TTP withdrew")]
    public void ToPlainText_Entities_AreDecoded(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void ToPlainText_WhitespaceRuns_CollapseToOneSpaceAndTrim() =>
        Assert.Equal("a b c", HtmlText.ToPlainText("  \r\n a\t\t b \n\n c  "));

    [Theory]
    [InlineData("a < b", "a < b")]
    [InlineData("if x <= 3 and y<5", "if x <= 3 and y<5")]
    public void ToPlainText_LessThanNotStartingATag_IsKept(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p> </p>")]
    public void ToPlainText_NothingToShow_ReturnsEmpty(string? html) =>
        Assert.Equal("", HtmlText.ToPlainText(html));
}

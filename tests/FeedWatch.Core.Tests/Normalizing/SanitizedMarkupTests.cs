using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Normalizing;

public sealed class SanitizedMarkupTests
{
    /// <summary>Whatever the shortcut lets through unparsed must be byte for byte what the sanitizer makes of it.</summary>
    [Fact]
    public void IsUnchangedBySanitizer_EveryCorpusDescription_AgreesWithTheSanitizer()
    {
        int recognised = 0, parsed = 0;
        foreach (var html in CorpusMarkup())
        {
            parsed++;
            if (SanitizedMarkup.IsUnchangedBySanitizer(html))
            {
                Assert.Equal(DisplayHtml.SanitizeWithParser(html), html);
                recognised++;
            }
        }

        // The corpus's plain paragraphs and links must take the shortcut, or it saves nothing.
        Assert.True(parsed > 1_000 && recognised > 100, $"{recognised} of {parsed} recognised");
    }

    [Theory]
    [InlineData("<p>Officials in <a href=\"https://example.org/bannu\">Bannu</a> said <em>three</em> were hurt.</p>")]
    [InlineData("<p>One</p>\n<p>Two &amp; three, 5 &lt; 6 &gt; 4</p>")]
    [InlineData("Text then <b>bold <i>and italic</i></b><br>next line")]
    [InlineData("<p><img src=\"https://example.org/a.jpg\" alt=\"Torkham &quot;crossing&quot;\" width=\"640\" height=\"360\"> caption</p>")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\" title=\"Read more\">more</a>")]
    [InlineData("<p>Pakistan’s “frontier” — 𝕋𝕋ℙ and کابل</p>")]
    public void IsUnchangedBySanitizer_CommonFeedMarkup_IsRecognisedAndIsTheSanitizersOutput(string html)
    {
        Assert.True(SanitizedMarkup.IsUnchangedBySanitizer(html));
        Assert.Equal(DisplayHtml.SanitizeWithParser(html), html);
    }

    /// <summary>Each of these the sanitizer changes (or would have to judge), so each must go to it.</summary>
    [Theory]
    [InlineData("<p>Talks resume<script>alert(1)</script></p>")]
    [InlineData("<a href=\"javascript:alert(1)\">read</a>")]
    [InlineData("<a href=\"JAVASCRIPT:alert(1)\">read</a>")]
    [InlineData("<a href=\"//evil.example/\">read</a>")]
    [InlineData("<a href=\"https://example.org/a b\">read</a>")]
    [InlineData("<a href='https://example.org/'>read</a>")]
    [InlineData("<a href=https://example.org/>read</a>")]
    [InlineData("<a onclick=\"x()\" href=\"https://example.org/\">read</a>")]
    [InlineData("<a href=\"https://example.org/\" href=\"https://evil.example/\">read</a>")]
    [InlineData("<img src=\"https://example.org/a.jpg\" onerror=\"alert(1)\">")]
    [InlineData("<img src=\"https://example.org/a.jpg\" width=\"100%\">")]
    [InlineData("<img src=\"https://example.org/a.jpg\"/>")]
    [InlineData("<br/>")]
    [InlineData("<P>upper case</P>")]
    [InlineData("<p class=\"lead\">classes are dropped</p>")]
    [InlineData("<p><b>Breaking</p>")]
    [InlineData("<p><b>Breaking")]
    [InlineData("<b><i>crossed</b></i>")]
    [InlineData("<p>one<p>two</p></p>")]
    [InlineData("<b><p>moved</p></b>")]
    [InlineData("<a href=\"https://a.example/\">one <a href=\"https://b.example/\">two</a></a>")]
    [InlineData("</p>stray end")]
    [InlineData("<br></br>")]
    [InlineData("AT&T &mdash; talks <b>x</b>")]
    [InlineData("&#8217;quoted&#8217; <b>x</b>")]
    [InlineData("&quot;said&quot; <b>x</b>")]
    [InlineData("a > b <b>x</b>")]
    [InlineData("no\u00A0break <b>x</b>")]
    [InlineData("line\r\nbreak <b>x</b>")]
    [InlineData("nul\0char <b>x</b>")]
    [InlineData("<!-- comment --><b>x</b>")]
    [InlineData("<b >spaced</b>")]
    [InlineData("<a  href=\"https://example.org/\">two spaces</a>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<table><tr><td>cell</td></tr></table>")]
    public void IsUnchangedBySanitizer_MarkupTheSanitizerRewrites_IsLeftToIt(string html) =>
        Assert.False(SanitizedMarkup.IsUnchangedBySanitizer(html));

    /// <summary>Built here: a theory's data would arrive with the lone surrogate already replaced.</summary>
    [Fact]
    public void IsUnchangedBySanitizer_LoneSurrogate_IsLeftToTheSanitizer() =>
        Assert.False(SanitizedMarkup.IsUnchangedBySanitizer("<b>lone " + '\uD83D' + " surrogate</b>"));

    [Fact]
    public void IsUnchangedBySanitizer_DeeperThanItTracks_IsLeftToTheSanitizer()
    {
        var deep = string.Concat(Enumerable.Repeat("<b>", 17)) + "x" + string.Concat(Enumerable.Repeat("</b>", 17));

        Assert.False(SanitizedMarkup.IsUnchangedBySanitizer(deep));
    }

    private static IEnumerable<string> CorpusMarkup() =>
        CorpusEntries.All()
            .SelectMany(corpus => (string?[])[corpus.Entry.SummaryHtml, corpus.Entry.ContentHtml])
            .OfType<string>()
            .Where(html => html.Contains('<', StringComparison.Ordinal));
}

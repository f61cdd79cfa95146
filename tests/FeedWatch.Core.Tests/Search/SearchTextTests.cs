using FeedWatch.Core.Search;

namespace FeedWatch.Core.Tests.Search;

public sealed class SearchTextTests
{
    private static bool Finds(string query, string title, string summary = "") => SearchText.Parse(query)!.Matches(title, summary);

    [Theory]
    [InlineData("Durand Line", "Kabul rejects the Durand Line", true)]
    [InlineData("durand line", "Kabul rejects the DURAND LINE", true)]
    [InlineData("\"Durand Line\"", "The line drawn by Durand", false)]
    [InlineData("line durand", "The line drawn by Durand", true)] // bare words: all must occur, in any order
    [InlineData("\"Afghan-Pakistan frontier\"", "Shelling on the Afghan–Pakistan frontier", true)]
    [InlineData("Afghan-Pakistan", "Afghan Pakistan talks", true)]
    [InlineData("Afghan-Pakistan", "Pakistan and Afghan officials", false)] // a hyphenated word is a phrase
    [InlineData("TTP", "TTP’s leadership", true)]
    [InlineData("TTP", "HTTP 500 at the portal", false)]
    [InlineData("ttp", "New TTP statement", true)] // search ignores case, acronyms too
    [InlineData("تحريك", "کالعدم تحریک طالبان", true)] // letter variants, as rules read them
    public void Matches_FollowsTheWatchRuleReading(string query, string title, bool expected)
    {
        Assert.Equal(expected, Finds(query, title));
    }

    [Fact]
    public void Matches_EachPhraseMayBeInADifferentField()
    {
        Assert.True(Finds("\"Durand Line\" Torkham", "Trade at Torkham", "along the Durand Line"));
        Assert.False(Finds("\"Durand Line\" Torkham", "Trade at Chaman", "along the Durand Line"));
    }

    [Fact]
    public void Matches_PhraseDoesNotSpanTwoFields()
    {
        Assert.False(Finds("\"Durand Line\"", "Durand", "Line"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \"\" ")]
    [InlineData("—")]
    public void Parse_NoWords_IsNull(string query)
    {
        Assert.Null(SearchText.Parse(query));
    }
}

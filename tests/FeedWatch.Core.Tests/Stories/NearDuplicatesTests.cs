using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Tests.Stories;

public sealed class NearDuplicatesTests
{
    private const string Title = "Militants attack checkpost in Bajaur, two soldiers martyred";
    private const string Summary = "Militants attacked a security checkpost in the Mamund area of Bajaur on Tuesday night, killing two soldiers, the military said. Security forces returned fire and a search operation is under way.";

    [Fact]
    public void SameStory_SameWordsDaysApart_IsTwoStories()
    {
        var rule = new NearDuplicates();
        var monday = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
        var words = ContentWords.Of(Title, Summary);

        Assert.True(rule.SameStory(words, monday, words, monday.AddHours(20)));
        Assert.False(rule.SameStory(words, monday, words, monday.AddDays(9)));
    }

    [Fact]
    public void ContentWords_DropFunctionWordsAndSingleLetters_KeepNumbers()
    {
        Assert.Equal(["3", "claims", "killed", "tank", "ttp"], ContentWords.Of("TTP’s claims: 3 killed in Tank", "").Order(StringComparer.Ordinal));
    }
}

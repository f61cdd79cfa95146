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

    [Fact]
    public void SameStory_HeadlinesOnly_NeedMostOfTheirWordsInCommon()
    {
        var rule = new NearDuplicates();
        var at = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

        // Three of five words: two matches of one tour, not one story.
        Assert.False(rule.SameStory(ContentWords.Of("Pakistan beat India by 5 wickets", ""), at, ContentWords.Of("Pakistan beat Sri Lanka by 3 wickets", ""), at));
        // Two of three: a feed's numbered stories.
        Assert.False(rule.SameStory(ContentWords.Of("Story 5", "Body of story 5."), at, ContentWords.Of("Story 6", "Body of story 6."), at));
        // A rewritten headline of one event keeps six of its seven words.
        Assert.True(rule.SameStory(ContentWords.Of("Militants attack checkpost in Bajaur, two soldiers martyred", ""), at,
            ContentWords.Of("Two soldiers martyred as militants storm Bajaur checkpost", ""), at));
    }
}

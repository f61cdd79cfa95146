using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Tests.Stories;

public sealed class StorySignatureTests
{
    private const string Title = "Militants attack checkpost in Bajaur, two soldiers martyred";
    private const string Summary = "Militants attacked a security checkpost in the Mamund area of Bajaur on Tuesday night, killing two soldiers, the military said. Security forces returned fire and a search operation is under way.";

    [Fact]
    public void Similarity_SameTextWrittenDifferently_IsOne()
    {
        var a = StorySignature.Of(Title, Summary);
        var b = StorySignature.Of(Title.ToUpperInvariant(), Summary.Replace(",", " —", StringComparison.Ordinal));

        Assert.Equal(1.0, a.Similarity(b));
        Assert.Equal(a.BandKeys(), b.BandKeys());
    }

    [Fact]
    public void Similarity_UnrelatedText_IsNearZero()
    {
        var a = StorySignature.Of(Title, Summary);
        var b = StorySignature.Of("Wheat prices fall in Quetta", "Flour mills said prices dropped by a tenth in a week as the new harvest arrived in the markets.");

        Assert.True(a.Similarity(b) < 0.1, $"similarity {a.Similarity(b)}");
        Assert.Empty(a.BandKeys().Intersect(b.BandKeys()));
    }

    [Fact]
    public void Containment_LeadOnlyCopy_IsHigh()
    {
        var full = StorySignature.Of(Title, Summary);
        var lead = StorySignature.Of(Title, Summary[..Summary.IndexOf('.', StringComparison.Ordinal)]);

        Assert.True(full.Containment(lead) > 0.7, $"containment {full.Containment(lead)}");
    }

    [Fact]
    public void From_StoredValues_GivesTheSameSignature()
    {
        var original = StorySignature.Of(Title, Summary);

        var restored = StorySignature.From([.. original.Minima], original.Shingles);

        Assert.Equal(1.0, original.Similarity(restored));
        Assert.Equal(original.BandKeys(), restored.BandKeys());
    }

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

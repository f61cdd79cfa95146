using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Stories;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Stories;

public sealed class StoryWordsTests
{
    /// <summary>The hashing read (spans, no strings) must see exactly the words the string read does, on every item of the corpus.</summary>
    [Fact]
    public void Of_EveryCorpusItem_HashesExactlyTheContentWords()
    {
        var compared = 0;
        foreach (var (file, entry) in CorpusEntries.All())
        {
            var item = ItemNormalizer.Normalize(entry, new Uri("https://corpus.example/"));
            var expected = StoryWords.FromWords(ContentWords.Of(item.Title, item.Summary));
            var actual = StoryWords.Of(item.Title, item.Summary, content: "");
            Assert.True(expected.Hashes.SequenceEqual(actual.Hashes), $"{file}: '{item.Title}'");
            compared++;
        }

        Assert.True(compared > 1_000, $"only {compared} items");
    }

    [Fact]
    public void Of_NoSummary_ReadsTheStartOfTheBody()
    {
        var words = StoryWords.Of("Floods", "", "Heavy rain in Swat " + string.Concat(Enumerable.Repeat("filler ", 200)) + "tailword");

        Assert.Equal(StoryWords.FromWords(["floods", "heavy", "rain", "swat", "filler"]).Hashes, words.Hashes);
    }

    [Fact]
    public void Of_UrlsAndCaseAndArabicVariants_AreReadLikeWatchTerms()
    {
        var words = StoryWords.Of("TTP’s claim", "See https://example.org/ttp/attack and WWW.Example.org/Bajaur — تحريك", "");

        Assert.Equal(StoryWords.FromWords(["ttp", "claim", "see", "تحریک"]).Hashes, words.Hashes);
    }
}

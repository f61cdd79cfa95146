using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Tests.Stories;

public sealed class StoryDifferencesTests
{
    private const string FirstTitle = "12 killed in Bajaur checkpost attack, officials say";
    private const string FirstSummary = "Militants attacked a checkpost in the Mamund area of Bajaur late on Tuesday; 4 soldiers were wounded.";

    [Fact]
    public void Between_CasualtyFigureRevised_NumbersOnEachSide()
    {
        var differences = StoryDifferences.Between(FirstTitle, FirstSummary,
            "15 killed in Bajaur checkpost attack", "Militants attacked a checkpost in the Mamund area of Bajaur; 4 soldiers were wounded.");

        Assert.Equal(["12"], differences.NumbersOnlyInFirst);
        Assert.Equal(["15"], differences.NumbersOnlyInOther);
    }

    [Fact]
    public void Between_CasualtyFigureRevised_WordsOnEachSideInOrderOfAppearance()
    {
        var differences = StoryDifferences.Between(FirstTitle, FirstSummary,
            "15 killed in Bajaur checkpost attack claimed by TTP", "Police said militants stormed the Mamund checkpost of Bajaur at night; 4 soldiers were wounded.");

        Assert.Equal(["claimed", "TTP", "Police", "stormed", "night"], differences.WordsOnlyInOther);
        Assert.Equal(["officials", "attacked", "area", "late", "Tuesday"], differences.WordsOnlyInFirst);
    }

    [Fact]
    public void Between_SameFiguresAndWords_IsEmpty()
    {
        var differences = StoryDifferences.Between(FirstTitle, FirstSummary, FirstTitle.ToUpperInvariant(), FirstSummary);

        Assert.True(differences.IsEmpty);
    }

    [Fact]
    public void Between_FunctionWordsOnlyChanged_IsEmpty()
    {
        var differences = StoryDifferences.Between("Floods hit Swat valley", "", "The floods have hit the Swat valley", "");

        Assert.True(differences.IsEmpty);
    }

    [Fact]
    public void Between_ThousandsSeparator_ReadAsOneFigure()
    {
        var differences = StoryDifferences.Between("1,200 families displaced by floods in Swat", "",
            "1,500 families displaced by floods in Swat", "");

        Assert.Equal(["1,200"], differences.NumbersOnlyInFirst);
        Assert.Equal(["1,500"], differences.NumbersOnlyInOther);
    }

    [Fact]
    public void Between_SameFigureWithAndWithoutSeparator_IsNoDifference()
    {
        var differences = StoryDifferences.Between("1,200 families displaced", "", "1200 families displaced", "");

        Assert.True(differences.IsEmpty);
    }

    [Fact]
    public void Between_DecimalFigure_ReadAsOneNumber()
    {
        var differences = StoryDifferences.Between("Earthquake of magnitude 5.8 shakes Peshawar", "",
            "Earthquake of magnitude 6.1 shakes Peshawar", "");

        Assert.Equal(["5.8"], differences.NumbersOnlyInFirst);
        Assert.Equal(["6.1"], differences.NumbersOnlyInOther);
    }

    [Fact]
    public void Between_UrduDigits_SameFigureAsAsciiDigits()
    {
        var differences = StoryDifferences.Between("باجوڑ میں ۱۲ افراد ہلاک", "", "باجوڑ میں 12 افراد ہلاک", "");

        Assert.Empty(differences.NumbersOnlyInFirst);
        Assert.Empty(differences.NumbersOnlyInOther);
    }

    [Fact]
    public void Between_NumberRepeated_ListedOnce()
    {
        var differences = StoryDifferences.Between("Two attacks in Khyber", "", "3 attacks in Khyber: 3 soldiers and 3 police hurt", "");

        Assert.Equal(["3"], differences.NumbersOnlyInOther);
        Assert.Equal(["soldiers", "police", "hurt"], differences.WordsOnlyInOther);
        Assert.Equal(["Two"], differences.WordsOnlyInFirst);
    }

    [Fact]
    public void Between_RewrittenReport_EachListCapped()
    {
        var other = string.Join(' ', Enumerable.Range(1, 30).Select(n => $"word{(char)('a' + (n % 26))}{n} {n * 100}"));

        var differences = StoryDifferences.Between("Curfew in Kurram", "", other, "");

        Assert.Equal(StoryDifferences.MaxPerList, differences.NumbersOnlyInOther.Count);
        Assert.Equal(StoryDifferences.MaxPerList, differences.WordsOnlyInOther.Count);
        Assert.Equal("100", differences.NumbersOnlyInOther[0]);
    }
}

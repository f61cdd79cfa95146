using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Tests.Stories;

public sealed class StoryIndexTests
{
    private static readonly DateTime Noon = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly NearDuplicates Rule = new();

    private static StoryWords Words(string text) => StoryWords.Of(text, "", "");

    [Fact]
    public void FindStory_PrefersTheItemThatContainsMoreOfTheWords()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        index.Add(1, 1, Noon, Noon, Words("Drone strike North Waziristan compound three killed officials"));
        index.Add(2, 2, Noon, Noon, Words("Drone strike North Waziristan compound Miranshah three militants killed officials"));

        var found = index.FindStory(Words("Drone strike Miranshah compound North Waziristan three militants killed"), Noon, Rule);

        Assert.Equal(2, found!.StoryId);
        Assert.Equal(1.0, found.Containment);
    }

    [Fact]
    public void FindStory_ItemsPublishedTooFarApart_AreNotCandidates()
    {
        var index = new StoryIndex(TimeSpan.FromDays(30));
        index.Add(1, 1, Noon, Noon, Words("Blast hits police van in Quetta killing four"));

        Assert.Null(index.FindStory(Words("Blast hits police van in Quetta killing four"), Noon.AddDays(3.5), Rule));
        Assert.NotNull(index.FindStory(Words("Blast hits police van in Quetta killing four"), Noon.AddDays(2.5), Rule));
    }

    [Fact]
    public void Add_ItemsOlderThanTheWindow_AreForgotten()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        index.Add(1, 1, Noon, Noon, Words("Blast hits police van in Quetta killing four"));
        index.Add(2, 2, Noon.AddDays(5), Noon.AddDays(5), Words("Cabinet approves budget for next fiscal year"));

        Assert.Equal(1, index.Count);
        Assert.Null(index.FindStory(Words("Blast hits police van in Quetta killing four"), Noon, Rule));
    }

    [Fact]
    public void FindStory_CommonWordsBeyondTheCap_StillFindThePartnerByItsRarerWords()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        index.Add(1, 1, Noon, Noon, Words("pakistan security forces Tirah valley operation Khyber nine militants"));
        // Enough later items share the common words to push item 1 out of their postings.
        for (var i = 2; i < StoryIndex.PostingCap + 10; i++)
        {
            index.Add(i, i, Noon, Noon, Words($"pakistan security forces statement number{i} district{i}"));
        }

        var found = index.FindStory(Words("Tirah valley operation Khyber nine militants killed pakistan security forces"), Noon, Rule);

        Assert.Equal(1, found!.StoryId);
    }

    [Fact]
    public void FindStory_OneSharedWord_IsNoStory()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        index.Add(1, 1, Noon, Noon, Words("Quetta"));

        Assert.Null(index.FindStory(Words("Quetta"), Noon, Rule));
    }

    [Fact]
    public void FindStory_OverlapOnlyInWordsMostHeldItemsUse_IsNoStory()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        for (var i = 1; i <= 100; i++)
        {
            index.Add(i, i, Noon, Noon, Words($"provincial officials border trade talks week alpha{i} beta{i}"));
        }

        // Six of eight words shared with every held item, but only words that all of them use.
        Assert.Null(index.FindStory(Words("provincial officials border trade talks week gamma delta"), Noon, Rule));
        // The two words only item 42 has make it the same story.
        Assert.Equal(42, index.FindStory(Words("provincial officials border trade talks alpha42 beta42"), Noon, Rule)!.StoryId);
    }

    [Fact]
    public void FindStory_ABigStorysOwnWords_StayTellingHoweverManyCopiesItHas()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        for (var i = 1; i <= 60; i++)
        {
            index.Add(i, i, Noon, Noon, Words($"unrelated{i} story{i} words{i}"));
        }

        // Forty copies of one event: its words are in 40 items, but in one story.
        for (var i = 100; i < 140; i++)
        {
            index.Add(i, 100, Noon, Noon, Words($"Bajaur checkpost Mamund attack soldiers copy{i}"));
        }

        Assert.Equal(100, index.FindStory(Words("Bajaur checkpost Mamund attack soldiers later"), Noon, Rule)!.StoryId);
    }

    [Fact]
    public void FindStory_WordsEveryItemOfOneHugeStoryUses_AreCommonAllTheSame()
    {
        var index = new StoryIndex(TimeSpan.FromDays(4));
        // A story that took in a hundred items (wrongly, from a small vocabulary) counts its words once by stories.
        for (var i = 1; i <= 100; i++)
        {
            index.Add(i, 1, Noon, Noon, Words($"provincial officials border trade talks week alpha{i} beta{i}"));
        }

        Assert.Null(index.FindStory(Words("provincial officials border trade talks week gamma delta"), Noon, Rule));
    }

    [Fact]
    public void FindStory_AStoryFirstReportedLongAgo_TakesNoMoreMembersHoweverRecentItsLast()
    {
        var index = new StoryIndex(TimeSpan.FromDays(30));
        // Reported on day 0; its latest member, on day 2.5, is within three days of a day-5 item but the story is not.
        index.Add(1, 1, Noon, Noon, Words("Floods Swat river villages evacuated rescue teams"));
        index.Add(2, 1, Noon.AddDays(2.5), Noon.AddDays(2.5), Words("Floods Swat river villages evacuated rescue teams boats"), storyReportedAt: Noon);

        Assert.Null(index.FindStory(Words("Floods Swat river villages evacuated rescue teams again"), Noon.AddDays(5), Rule));
        Assert.Equal(1, index.FindStory(Words("Floods Swat river villages evacuated rescue teams again"), Noon.AddDays(2.9), Rule)!.StoryId);
    }
}

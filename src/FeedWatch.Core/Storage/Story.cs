using FeedWatch.Core.Stories;

namespace FeedWatch.Core.Storage;

/// <summary>
/// A story told by more than one item, in the <c>stories</c> collection. Its id is the id of the item
/// that started it; an item alone is a story of its own with no document (<see cref="StoredItem.StoryKey"/>).
/// The document holds only what stays small however many copies a story gathers (members are kept one
/// document each in <c>storymembers</c>), so adding a copy costs the same for the fifth as for the five-thousandth.
/// </summary>
public sealed class Story
{
    [LiteDB.BsonId(autoId: false)]
    public int Id { get; set; }

    /// <summary>The member reported first (<see cref="StoryTime"/>): who had it first.</summary>
    public int FirstItemId { get; set; }

    public string FirstFeedId { get; set; } = "";

    public DateTime FirstReportedAt { get; set; }

    public string Title { get; set; } = "";

    /// <summary>When the newest member was first seen: the story's last activity.</summary>
    public DateTime LastSeen { get; set; }

    public int ItemCount { get; set; }

    /// <summary>Distinct feeds that carried any member, in order of arrival.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Rules any member matched.</summary>
    public List<string> Rules { get; set; } = [];

    /// <summary>Rules an alert went out for; another copy does not alert again unless its rule asks for every copy.</summary>
    public List<string> AlertedRules { get; set; } = [];

    public static Story StartedBy(StoredItem first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var story = new Story { Id = first.Id, FirstItemId = first.Id, FirstFeedId = first.Sources.FirstOrDefault() ?? "", FirstReportedAt = StoryTime.Of(first.Published, first.FirstSeen), Title = first.Title };
        story.Add(first);
        // It alerted when it was stored; a copy must not alert again for the same rules.
        story.MarkAlerted(story.Rules);
        return story;
    }

    public void Add(StoredItem member)
    {
        ArgumentNullException.ThrowIfNull(member);
        ItemCount++;
        AddSources(member.Sources);
        AddMissing(Rules, member.Matches.Select(m => m.Rule));

        LastSeen = member.FirstSeen > LastSeen ? member.FirstSeen : LastSeen;
        var reportedAt = StoryTime.Of(member.Published, member.FirstSeen);
        if (reportedAt < FirstReportedAt)
        {
            FirstItemId = member.Id;
            FirstFeedId = member.Sources.FirstOrDefault() ?? "";
            FirstReportedAt = reportedAt;
            Title = member.Title;
        }
    }

    /// <returns>True when a feed was new to the story.</returns>
    public bool AddSources(IEnumerable<string> feedIds) => AddMissing(Sources, feedIds);

    public void MarkAlerted(IEnumerable<string> rules) => AddMissing(AlertedRules, rules);

    /// <summary>Appends the values not in the list yet, in order, each once. The lists stay short: feeds, rules.</summary>
    /// <returns>True when one was added.</returns>
    private static bool AddMissing(List<string> list, IEnumerable<string> values)
    {
        var added = false;
        foreach (var value in values)
        {
            if (!list.Contains(value))
            {
                list.Add(value);
                added = true;
            }
        }

        return added;
    }
}

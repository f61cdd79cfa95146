using FeedWatch.Benchmarks.Matching;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>New events: fresh ones by kind weight, and follow-ups of a recent event in the same place or on the same topic.</summary>
internal sealed class EventFactory(Random random, TextVocabulary vocabulary, NewsPlaces places, NameBook names)
{
    // Of fresh events: the project's subject, templated general news, and free text for the long tail.
    // Templated events of one kind share most of their lead's words, so these shares set how many
    // same-kind, different events a new report meets within MaxApart: at 5,000 items a day, ~60
    // checkpoint attacks and ~90 court hearings a day, several times what the region produces.
    private const double SecurityShare = 0.12;
    private const double GeneralShare = 0.18;

    /// <summary>Sentences of the event's own (quotes, details), 12–21 words each: what two events of a kind do not share.</summary>
    private const int DetailSentences = 3;

    /// <summary>Numbers of free-text events (one may be in the title and the lead).</summary>
    private static readonly (int Min, int Max)[] MiscNumbers = [(2, 60), (1, 20), (2, 9)];

    private static readonly EventKind Misc = new()
    {
        Name = "free text", Family = KindFamily.Misc, Headlines = [], Leads = [], Bodies = [], Numbers = MiscNumbers,
    };

    public NewsEvent Fresh(int id, DateTime published)
    {
        var roll = random.NextDouble();
        if (roll >= SecurityShare + GeneralShare)
        {
            return FreeText(id, published, parent: null);
        }

        var kind = ByWeight(roll < SecurityShare ? EventKinds.Security : EventKinds.General);
        var place = places.Pick(random, kind.Places);
        return Templated(id, published, kind, place, names.Facts(random, kind, place, published), Draw(kind.Numbers), parentId: null);
    }

    /// <summary>
    /// Another event on the parent's topic: after a deadly attack most often a funeral, a follow-up
    /// operation, a protest or arrests naming the same locality and dead; otherwise the same kind again
    /// with the same people and place (another hearing, another operation in the district).
    /// </summary>
    public NewsEvent FollowUp(int id, DateTime published, NewsEvent parent)
    {
        if (parent.Kind.Family == KindFamily.Misc)
        {
            return FreeText(id, published, parent);
        }

        var kind = parent.Kind.HasFollowUps && random.NextDouble() < 0.7 ? EventKinds.FollowUps[random.Next(EventKinds.FollowUps.Length)] : parent.Kind;
        var facts = new Dictionary<string, string>(parent.Facts, StringComparer.Ordinal);
        var fresh = names.Facts(random, kind, parent.Place, published);
        foreach (var name in kind == parent.Kind ? ["day", "day2", "ordinal", "official"] : new[] { "day", "day2", "ordinal" })
        {
            facts[name] = fresh[name];
        }

        if (kind == parent.Kind && random.NextDouble() < 0.5)
        {
            facts["village"] = fresh["village"];
        }

        var numbers = Draw(kind.Numbers);
        if (kind != parent.Kind)
        {
            // The funeral is of the same dead.
            numbers[0] = parent.Numbers[0];
        }

        return Templated(id, published, kind, parent.Place, facts, numbers, parent.Id);
    }

    private NewsEvent Templated(int id, DateTime published, EventKind kind, NewsPlace place, Dictionary<string, string> facts, int[] numbers, int? parentId)
    {
        var generic = kind.Family == KindFamily.General ? EventKinds.GeneralBodies : EventKinds.SecurityBodies;
        return new NewsEvent
        {
            Id = id,
            Kind = kind,
            Place = place,
            Facts = facts,
            Numbers = numbers,
            Headlines = kind.Headlines,
            Leads = kind.Leads,
            Bodies = [.. kind.Bodies, .. generic, .. Details()],
            Published = published,
            Newsworthiness = Newsworthiness(),
            ParentId = parentId,
        };
    }

    /// <summary>The long tail: free text; a follow-up keeps about half its parent's title words and a few of its lead's.</summary>
    private NewsEvent FreeText(int id, DateTime published, NewsEvent? parent)
    {
        var title = MatchWorkload.Words(random, vocabulary, random.Next(7, 13), sentences: false);
        var lead = MatchWorkload.Words(random, vocabulary, random.Next(25, 41), sentences: true);
        if (parent is not null)
        {
            var parentTitle = parent.Headlines[0].Split(' ');
            title = [.. parentTitle.Where(_ => random.NextDouble() < 0.5), .. title.Take(title.Count / 2)];
            var parentLead = parent.Leads[0].Split(' ');
            for (var i = 0; i < 5; i++)
            {
                lead.Insert(random.Next(1, lead.Count), parentLead[random.Next(parentLead.Length)].TrimEnd('.', ','));
            }
        }

        if (random.NextDouble() < 0.4)
        {
            title.Insert(random.Next(title.Count + 1), "{n1}");
        }

        lead.Insert(random.Next(1, lead.Count), "{n1}");
        var place = places.Pick(random, _ => true);
        return new NewsEvent
        {
            Id = id,
            Kind = Misc,
            Place = place,
            Facts = names.Facts(random, Misc, place, published),
            Numbers = Draw(MiscNumbers),
            Headlines = [MatchWorkload.Text(title)],
            Leads = [MatchWorkload.Text(lead)],
            Bodies = Details(),
            Published = published,
            Newsworthiness = Newsworthiness(),
            ParentId = parent?.Id,
        };
    }

    private string[] Details() =>
        Enumerable.Range(0, DetailSentences).Select(_ => MatchWorkload.Text(MatchWorkload.Words(random, vocabulary, random.Next(12, 22), sentences: true))).ToArray();

    /// <summary>Heavy-tailed (Pareto, capped): most events are copied by nobody, a few by a dozen outlets.</summary>
    private double Newsworthiness() => Math.Min(60, Math.Pow(1 - random.NextDouble(), -1.3));

    private int[] Draw((int Min, int Max)[] ranges) => ranges.Select(range => random.Next(range.Min, range.Max + 1)).ToArray();

    private EventKind ByWeight(EventKind[] kinds)
    {
        var roll = random.NextDouble() * kinds.Sum(kind => kind.Weight);
        foreach (var kind in kinds)
        {
            roll -= kind.Weight;
            if (roll < 0)
            {
                return kind;
            }
        }

        return kinds[^1];
    }
}

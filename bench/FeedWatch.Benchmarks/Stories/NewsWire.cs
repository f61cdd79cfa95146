using FeedWatch.Benchmarks.Matching;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// Generates the items of <paramref name="settings"/>: polls of one feed at a constant rate, each bringing
/// <see cref="StoriesSettings.PerPoll"/> items published a little before the poll. About
/// <see cref="StoriesSettings.CopyShare"/> of the items are another outlet's copy of an event first
/// reported in the last hours (heavy-tailed: a few events are copied by a dozen feeds); the rest are
/// new events, some of them follow-ups of an event of the last two days.
/// </summary>
internal sealed class NewsWire
{
    private static readonly DateTime Start = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan CopyWindow = TimeSpan.FromHours(8);
    private static readonly TimeSpan CopyDecay = TimeSpan.FromHours(2);
    private static readonly TimeSpan FollowUpWindow = TimeSpan.FromDays(2);
    private static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(90);

    private readonly StoriesSettings _settings;
    private readonly Random _random;
    private readonly EventFactory _factory;
    private readonly ReportWriter _writer;
    private readonly List<FeedProfile> _feeds;
    private readonly List<NewsEvent> _events = [];
    private readonly List<GeneratedReport> _items = [];
    private int _recent;

    private NewsWire(StoriesSettings settings)
    {
        _settings = settings;
        _random = new Random(StoriesSettings.Seed);
        var vocabulary = new TextVocabulary(_random);
        var places = new NewsPlaces(_random);
        _factory = new EventFactory(_random, vocabulary, places, new NameBook(_random, places));
        _writer = new ReportWriter(vocabulary);
        _feeds = Enumerable.Range(1, settings.Feeds).Select(number => new FeedProfile($"feed-{number:000}", Synonyms.NewStyle(_random), TitleSuffix())).ToList();
    }

    public static StoryCorpus Generate(StoriesSettings settings) => new NewsWire(settings).Run();

    private StoryCorpus Run()
    {
        var polls = new List<Poll>();
        var spacing = TimeSpan.FromDays(1) * StoriesSettings.PerPoll / _settings.ItemsPerDay;
        for (var number = 1; _items.Count < _settings.Items; number++)
        {
            var time = Start + (spacing * number);
            var feed = Skewed(_feeds.Count);
            var first = _items.Count;
            var count = Math.Min(StoriesSettings.PerPoll, _settings.Items - first);
            for (var slot = 0; slot < count; slot++)
            {
                if (!(_random.NextDouble() < StoriesSettings.CopyShare && TryCopy(time, feed)))
                {
                    Report(time, feed);
                }
            }

            polls.Add(new Poll(feed, time, first, count));
        }

        return new StoryCorpus(_items, polls, [.. _events.Select(news => new EventTruth(news.Id, news.Kind, news.Place, news.ParentId, news.Reports.Count))], _feeds);
    }

    /// <summary>A new event's first report.</summary>
    private void Report(DateTime time, int feed)
    {
        var published = time - (LongestDelay * _random.NextDouble()) - TimeSpan.FromMinutes(1);
        var parent = _random.NextDouble() < StoriesSettings.FollowUpShare ? RecentEvent(time) : null;
        var news = parent is null ? _factory.Fresh(_events.Count, published) : _factory.FollowUp(_events.Count, published, parent);
        _events.Add(news);
        var draft = new ReportDraft(
            _random.Next(news.Headlines.Count),
            _random.Next(news.Leads.Count),
            Synonyms.Drift(_random, _feeds[feed].Style, 0.2),
            news.Numbers,
            FreshBodies(news),
            LeadOnly: _random.NextDouble() < 0.05,
            TitleEdit: 0,
            LeadEdit: 0,
            BodyEdit: 0);
        Add(news, draft, feed, time, published, CopyVariant.None);
    }

    /// <summary>Another outlet's version of a report of an event first published in the last hours, if there is one it has not carried.</summary>
    private bool TryCopy(DateTime time, int feed)
    {
        if (CopyTarget(time, feed) is not { } news)
        {
            return false;
        }

        var first = news.Drafts[0];
        var sources = news.Reports.Select((item, i) => (Item: _items[item], Draft: news.Drafts[i])).Where(pair => pair.Item.Published <= time - MinimumAge).ToList();
        var (parent, from) = _random.NextDouble() < 0.7 ? sources[0] : sources[_random.Next(sources.Count)];
        var headline = from.Headline;
        var titleEdit = from.TitleEdit;
        if (_random.NextDouble() < 0.6)
        {
            // A new headline: another template, or for free text most words replaced.
            if (news.Headlines.Count > 1)
            {
                headline = (headline + 1 + _random.Next(news.Headlines.Count - 1)) % news.Headlines.Count;
            }
            else
            {
                titleEdit = Seed();
            }
        }

        var lead = news.Leads.Count > 1 && _random.NextDouble() < 0.25 ? (from.Lead + 1 + _random.Next(news.Leads.Count - 1)) % news.Leads.Count : from.Lead;
        var numbers = (int[])from.Numbers.Clone();
        if (news.ShowsFirstNumber && _random.NextDouble() < 0.15)
        {
            numbers[0] += _random.Next(1, 4);
        }

        var leadOnly = _random.NextDouble() < 0.2;
        var draft = new ReportDraft(
            headline,
            lead,
            Synonyms.Drift(_random, _feeds[feed].Style, 0.2),
            numbers,
            leadOnly ? [] : CopiedBodies(news, from),
            leadOnly,
            titleEdit,
            _random.NextDouble() < 0.6 ? Seed() : from.LeadEdit,
            _random.NextDouble() < 0.4 ? Seed() : from.BodyEdit);

        var earliest = parent.Published + TimeSpan.FromMinutes(5);
        var latest = time - TimeSpan.FromMinutes(1);
        var published = latest - (TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, Math.Max(0, (latest - earliest).Ticks))) * _random.NextDouble());
        var variant = (draft.Headline != first.Headline || draft.TitleEdit != first.TitleEdit ? CopyVariant.HeadlineChanged : 0)
            | (draft.Lead != first.Lead ? CopyVariant.LeadRewritten : 0)
            | (draft.Numbers[0] != first.Numbers[0] ? CopyVariant.NumbersChanged : 0)
            | (leadOnly ? CopyVariant.LeadOnly : 0);
        Add(news, draft, feed, time, published, variant);
        return true;
    }

    private void Add(NewsEvent news, ReportDraft draft, int feed, DateTime time, DateTime published, CopyVariant variant)
    {
        var index = _items.Count;
        var title = _writer.Title(news, draft, _feeds[feed].TitleSuffix);
        var summary = _writer.Summary(news, draft);
        _items.Add(new GeneratedReport(index, feed, time, published, news.Id, news.Reports.Count == 0, variant, draft.LeadOnly, title, summary));
        news.Reports.Add(index);
        news.Drafts.Add(draft);
        news.Feeds.Add(feed);
    }

    /// <summary>An event first published between <see cref="CopyWindow"/> and <see cref="MinimumAge"/> ago, by newsworthiness fading with age.</summary>
    private NewsEvent? CopyTarget(DateTime time, int feed)
    {
        while (_recent < _events.Count && _events[_recent].Published < time - CopyWindow - LongestDelay)
        {
            _recent++;
        }

        var total = 0.0;
        var weights = new double[_events.Count - _recent];
        for (var i = _recent; i < _events.Count; i++)
        {
            var news = _events[i];
            var age = time - news.Published;
            if (age >= MinimumAge && age <= CopyWindow && !news.Feeds.Contains(feed))
            {
                total += weights[i - _recent] = news.Newsworthiness * Math.Exp(-age / CopyDecay);
            }
        }

        var roll = _random.NextDouble() * total;
        for (var i = 0; i < weights.Length && total > 0; i++)
        {
            roll -= weights[i];
            if (weights[i] > 0 && roll < 0)
            {
                return _events[_recent + i];
            }
        }

        return null;
    }

    /// <summary>An event of the last two days, for a follow-up: the newest events are the likeliest.</summary>
    private NewsEvent? RecentEvent(DateTime time)
    {
        for (var attempt = 0; attempt < 8 && _events.Count > 0; attempt++)
        {
            var news = _events[_events.Count - 1 - (int)(Math.Min(_events.Count, _settings.ItemsPerDay * 2) * _random.NextDouble())];
            if (time - news.Published is var age && age >= MinimumAge && age <= FollowUpWindow)
            {
                return news;
            }
        }

        return null;
    }

    /// <summary>After the lead: one of the kind's sentences, one or two of the event's own details, now and then a generic line.</summary>
    private int[] FreshBodies(NewsEvent news)
    {
        var kindBodies = news.Kind.Bodies.Length;
        // Bodies are the kind's, then the family's generic lines, then the event's three details (EventFactory).
        var details = Enumerable.Range(news.Bodies.Count - 3, 3).ToArray();
        var genericBodies = news.Bodies.Count - kindBodies - details.Length;
        var bodies = new List<int>();
        if (kindBodies > 0 && _random.NextDouble() < 0.85)
        {
            bodies.Add(_random.Next(kindBodies));
        }

        bodies.Add(details[_random.Next(3)]);
        if (_random.NextDouble() < 0.4)
        {
            bodies.Add(details.Except(bodies).ElementAt(_random.Next(2)));
        }

        if (genericBodies > 0 && _random.NextDouble() < 0.4)
        {
            bodies.Add(kindBodies + _random.Next(genericBodies));
        }

        return [.. bodies];
    }

    /// <summary>The copied report's further sentences, each kept with probability 3/4, now and then one more from the event's.</summary>
    private int[] CopiedBodies(NewsEvent news, ReportDraft from)
    {
        if (from.LeadOnly)
        {
            return FreshBodies(news);
        }

        var bodies = from.Bodies.Where(_ => _random.NextDouble() < 0.75).ToList();
        var unused = Enumerable.Range(0, news.Bodies.Count).Except(bodies).ToList();
        if (unused.Count > 0 && (bodies.Count == 0 || _random.NextDouble() < 0.3))
        {
            bodies.Add(unused[_random.Next(unused.Count)]);
        }

        return [.. bodies];
    }

    private int Seed() => _random.Next(1, int.MaxValue);

    /// <summary>As the cli benchmark's feeds: of 200, the busiest brings 7 % of the polls, the quietest 0.25 %.</summary>
    private int Skewed(int count)
    {
        var u = _random.NextDouble();
        return (int)(count * u * u);
    }

    private string TitleSuffix()
    {
        if (_random.NextDouble() >= 0.15)
        {
            return "";
        }

        var name = PseudoWord.Next(_random, 2);
        name = char.ToUpperInvariant(name[0]) + name[1..];
        return _random.Next(3) switch
        {
            0 => $" - The {name} Times",
            1 => $" | {name} News",
            _ => $" - Daily {name}",
        };
    }
}

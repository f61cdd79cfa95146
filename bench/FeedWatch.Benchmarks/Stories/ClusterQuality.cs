namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// Stories formed against the generated events. Pairwise: of the item pairs put in one story, the share
/// that report one event (precision), and of the pairs reporting one event, the share put in one story
/// (recall). B-cubed: the same per item, averaged over items, so a big wrong story weighs by its items
/// rather than by its pairs squared.
/// </summary>
internal sealed class ClusterQuality
{
    private ClusterQuality()
    {
    }

    public int Items { get; private init; }

    public int Events { get; private init; }

    public int EventsWithCopies { get; private init; }

    public int Stories { get; private init; }

    public int StoriesOfSeveral { get; private init; }

    public int ItemsInStoriesOfSeveral { get; private init; }

    public double PairPrecision { get; private init; }

    public double PairRecall { get; private init; }

    public double BcubedPrecision { get; private init; }

    public double BcubedRecall { get; private init; }

    /// <summary>Copies in the same story as their event's first report, by variant (a copy may count under several), and in all.</summary>
    public IReadOnlyList<(string Variant, int Copies, int Together)> CopiesPlaced { get; private init; } = [];

    /// <summary>Items in a story whose first item reports another event, by how the two events relate.</summary>
    public IReadOnlyDictionary<WrongJoin, int> WrongJoins { get; private init; } = new Dictionary<WrongJoin, int>();

    /// <summary>First reports (no earlier item of their event exists) that joined an existing story, and all first reports, by family.</summary>
    public IReadOnlyList<(KindFamily Family, int Joined, int FirstReports)> FirstReportsJoined { get; private init; } = [];

    /// <summary>Of the first reports that joined a story, those whose closest held item was a lead-only report.</summary>
    public int JoinedViaLeadOnly { get; private init; }

    public int LargestStory { get; private init; }

    /// <summary>Stories whose members were published further apart than MaxApart, which no single comparison allows: chained through members.</summary>
    public int ChainedStories { get; private init; }

    public int ItemsInChainedStories { get; private init; }

    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <param name="matched">Per item, the held item it was found most like (-1: none), from the index-only pass.</param>
    public static ClusterQuality Measure(StoryCorpus corpus, int[] storyOf, int[] matched, TimeSpan maxApart)
    {
        var items = storyOf.Length;
        var eventOf = corpus.Items.Take(items).Select(item => item.EventId).ToArray();
        var cells = new Dictionary<(int Story, int Event), int>();
        var storySizes = new Dictionary<int, int>();
        var eventSizes = new Dictionary<int, int>();
        for (var i = 0; i < items; i++)
        {
            cells[(storyOf[i], eventOf[i])] = cells.GetValueOrDefault((storyOf[i], eventOf[i])) + 1;
            storySizes[storyOf[i]] = storySizes.GetValueOrDefault(storyOf[i]) + 1;
            eventSizes[eventOf[i]] = eventSizes.GetValueOrDefault(eventOf[i]) + 1;
        }

        static long Pairs(int n) => (long)n * (n - 1) / 2;
        var together = cells.Values.Sum(Pairs);
        var storyPairs = storySizes.Values.Sum(Pairs);
        var eventPairs = eventSizes.Values.Sum(Pairs);
        var bcubedPrecision = cells.Sum(cell => (double)cell.Value * cell.Value / storySizes[cell.Key.Story]) / items;
        var bcubedRecall = cells.Sum(cell => (double)cell.Value * cell.Value / eventSizes[cell.Key.Event]) / items;

        var firstReportOf = new Dictionary<int, int>();
        for (var i = 0; i < items; i++)
        {
            firstReportOf.TryAdd(eventOf[i], i);
        }

        var wrong = Enum.GetValues<WrongJoin>().ToDictionary(relation => relation, _ => 0);
        for (var i = 0; i < items; i++)
        {
            if (eventOf[storyOf[i]] != eventOf[i])
            {
                wrong[Relation(corpus.Events[eventOf[i]], corpus.Events[eventOf[storyOf[i]]])]++;
            }
        }

        var spans = new Dictionary<int, (DateTime First, DateTime Last)>();
        for (var i = 0; i < items; i++)
        {
            var published = corpus.Items[i].Published;
            spans[storyOf[i]] = spans.TryGetValue(storyOf[i], out var span)
                ? (published < span.First ? published : span.First, published > span.Last ? published : span.Last)
                : (published, published);
        }

        var chained = spans.Where(pair => pair.Value.Last - pair.Value.First > maxApart).Select(pair => pair.Key).ToList();
        var joined = firstReportOf.Values.Where(i => storyOf[i] != i).ToList();
        return new ClusterQuality
        {
            Items = items,
            Events = eventSizes.Count,
            EventsWithCopies = eventSizes.Values.Count(size => size > 1),
            Stories = storySizes.Count,
            StoriesOfSeveral = storySizes.Values.Count(size => size > 1),
            ItemsInStoriesOfSeveral = storySizes.Values.Where(size => size > 1).Sum(),
            PairPrecision = storyPairs == 0 ? 1 : (double)together / storyPairs,
            PairRecall = eventPairs == 0 ? 1 : (double)together / eventPairs,
            BcubedPrecision = bcubedPrecision,
            BcubedRecall = bcubedRecall,
            CopiesPlaced = Placed(corpus, storyOf, firstReportOf),
            WrongJoins = wrong,
            FirstReportsJoined = Enum.GetValues<KindFamily>()
                .Select(family => (family, joined.Count(i => corpus.Events[eventOf[i]].Kind.Family == family), firstReportOf.Keys.Count(id => corpus.Events[id].Kind.Family == family)))
                .ToList(),
            JoinedViaLeadOnly = joined.Count(i => matched[i] >= 0 && corpus.Items[matched[i]].LeadOnly),
            LargestStory = storySizes.Values.Max(),
            ChainedStories = chained.Count,
            ItemsInChainedStories = chained.Sum(story => storySizes[story]),
        };
    }

    private static List<(string, int, int)> Placed(StoryCorpus corpus, int[] storyOf, Dictionary<int, int> firstReportOf)
    {
        var copies = corpus.Items.Take(storyOf.Length).Where(item => !item.FirstReport).ToList();
        (string, int, int) Row(string name, Func<GeneratedReport, bool> which)
        {
            var rows = copies.Where(which).ToList();
            return (name, rows.Count, rows.Count(item => storyOf[item.Index] == storyOf[firstReportOf[item.EventId]]));
        }

        return
        [
            Row("all copies", _ => true),
            Row("light edits only (same headline, lead and numbers)", item => item.Variant == CopyVariant.None),
            Row("headline changed", item => item.Variant.HasFlag(CopyVariant.HeadlineChanged)),
            Row("lead rewritten", item => item.Variant.HasFlag(CopyVariant.LeadRewritten)),
            Row("number changed", item => item.Variant.HasFlag(CopyVariant.NumbersChanged)),
            Row("lead only", item => item.Variant.HasFlag(CopyVariant.LeadOnly)),
        ];
    }

    private static WrongJoin Relation(EventTruth a, EventTruth b) =>
        a.ParentId == b.Id || b.ParentId == a.Id || (a.ParentId is { } parent && parent == b.ParentId) ? WrongJoin.FollowUp
        : a.Kind == b.Kind && a.Place == b.Place ? WrongJoin.SameKindAndPlace
        : a.Kind == b.Kind ? WrongJoin.SameKind
        : WrongJoin.Other;
}

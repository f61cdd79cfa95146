namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// Something that happened, once: the ground truth a story should match. Every report of it (the first
/// and each copy) is worded from these facts; a follow-up (<see cref="ParentId"/>) is another event.
/// </summary>
internal sealed class NewsEvent
{
    public required int Id { get; init; }

    public required EventKind Kind { get; init; }

    public required NewsPlace Place { get; init; }

    public required IReadOnlyDictionary<string, string> Facts { get; init; }

    /// <summary><c>n1</c>…<c>n3</c> as first reported; a copy may carry an updated first number.</summary>
    public required int[] Numbers { get; init; }

    /// <summary>Headline templates: the kind's, or for free text the event's own title.</summary>
    public required IReadOnlyList<string> Headlines { get; init; }

    public required IReadOnlyList<string> Leads { get; init; }

    /// <summary>Sentences after the lead that reports choose from: the kind's, the family's and the event's own details.</summary>
    public required IReadOnlyList<string> Bodies { get; init; }

    /// <summary>Whether its headlines or leads print the first number, so that a copy can update it.</summary>
    public bool ShowsFirstNumber => Headlines.Concat(Leads).Any(template => template.Contains("{n1}", StringComparison.Ordinal) || template.Contains("{w1}", StringComparison.OrdinalIgnoreCase));

    /// <summary>When the first report was published.</summary>
    public required DateTime Published { get; init; }

    /// <summary>How much other outlets want to copy it (heavy-tailed: most events are never copied).</summary>
    public required double Newsworthiness { get; init; }

    /// <summary>The event this one follows (a funeral after an attack, another hearing of a case).</summary>
    public int? ParentId { get; init; }

    /// <summary>Item indexes of its reports, the first report first.</summary>
    public List<int> Reports { get; } = [];

    public List<ReportDraft> Drafts { get; } = [];

    public HashSet<int> Feeds { get; } = [];
}

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// One kind of news event and the ways its reports are worded. Templates take facts in braces
/// (<c>{place}</c>, <c>{n1}</c> the digits of the first number, <c>{w1}</c> its words, a capital for the
/// start of a sentence) and words that outlets choose differently in brackets (<c>[killed]</c>, see
/// <see cref="Synonyms"/>).
/// </summary>
internal sealed class EventKind
{
    public required string Name { get; init; }

    public required KindFamily Family { get; init; }

    /// <summary>Relative share of new events within its family.</summary>
    public double Weight { get; init; } = 1;

    public required string[] Headlines { get; init; }

    public required string[] Leads { get; init; }

    public required string[] Bodies { get; init; }

    /// <summary>Ranges of the three numbers (<c>n1</c>…<c>n3</c>); the first is the one a later copy updates (a rising toll).</summary>
    public (int Min, int Max)[] Numbers { get; init; } = [(1, 5), (1, 8), (2, 6)];

    public string[] Targets { get; init; } = ["a police checkpoint"];

    public string[] Victims { get; init; } = ["people"];

    public string[] Issues { get; init; } = ["inflation"];

    public Func<NewsPlace, bool> Places { get; init; } = _ => true;

    /// <summary>People died: a funeral, a follow-up operation or a protest may follow.</summary>
    public bool HasFollowUps { get; init; }
}

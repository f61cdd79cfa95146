namespace FeedWatch.Benchmarks.Stories;

/// <summary>How a copy differs from the report it was made from; none for an event's first report.</summary>
[Flags]
internal enum CopyVariant
{
    None = 0,

    /// <summary>A different headline (another template, or most words of a free-text title replaced).</summary>
    HeadlineChanged = 1,

    /// <summary>The lead written from another template.</summary>
    LeadRewritten = 2,

    /// <summary>The first number differs: a death toll that rose.</summary>
    NumbersChanged = 4,

    /// <summary>Headline and lead only, no further sentences.</summary>
    LeadOnly = 8,
}

namespace FeedWatch.Benchmarks.Stories;

/// <summary>How the event of an item relates to the event of the story it was put in, when they differ.</summary>
internal enum WrongJoin
{
    /// <summary>One follows the other (a funeral after the attack), or both follow the same event.</summary>
    FollowUp,

    /// <summary>Same kind in the same place: another checkpoint attack in Bannu.</summary>
    SameKindAndPlace,

    /// <summary>Same kind elsewhere (for free text: both free text).</summary>
    SameKind,

    Other,
}

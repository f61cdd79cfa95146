namespace FeedWatch.Benchmarks.Stories;

/// <summary>What kind of news an event is, for the error breakdown and for which generic sentences its reports may carry.</summary>
internal enum KindFamily
{
    /// <summary>Attacks, operations, arrests, protests: templated, the project's own subject.</summary>
    Security,

    /// <summary>A security event that follows an earlier one in the same place: funerals, follow-up operations, arrests.</summary>
    FollowUp,

    /// <summary>Politics, courts, economy, sport, weather: templated.</summary>
    General,

    /// <summary>Free text from the match benchmark's vocabulary: the long tail of a news day.</summary>
    Misc,
}

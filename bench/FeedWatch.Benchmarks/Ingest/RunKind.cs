namespace FeedWatch.Benchmarks.Ingest;

internal enum RunKind
{
    /// <summary>The daemon with no feeds: runtime and host start-up and shutdown, the floor under every other run.</summary>
    StartupOnly,

    /// <summary>Empty database: every item is new.</summary>
    Cold,

    /// <summary>The same feeds again: every request is a conditional GET answered 304.</summary>
    Warm,

    /// <summary>Every feed moved on by K items: K new, M−K unchanged, K dropped.</summary>
    Shifted,
}

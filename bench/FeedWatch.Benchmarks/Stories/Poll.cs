namespace FeedWatch.Benchmarks.Stories;

/// <summary>One feed's poll: its new items are <c>Count</c> consecutive generated items from <c>First</c>, all first seen at <c>Time</c>.</summary>
internal sealed record Poll(int Feed, DateTime Time, int First, int Count);

namespace FeedWatch.Benchmarks.Stories;

/// <summary>One pass of the story index alone over the items: per block of items, process CPU time in each part.</summary>
/// <param name="Words">Time in <c>StoryWords.Of</c>.</param>
/// <param name="Lookup">Time in <c>StoryIndex.FindStory</c> and <c>Add</c>.</param>
/// <param name="Held">Items the index held at the end of each block.</param>
/// <param name="StoryOf">Per item, the index of the first item of its story.</param>
/// <param name="Matched">Per item, the index of the held item it was found most like, or -1 when it began a story.</param>
internal sealed record IndexTiming(TimeSpan[] Words, TimeSpan[] Lookup, int[] Held, int[] StoryOf, int[] Matched);

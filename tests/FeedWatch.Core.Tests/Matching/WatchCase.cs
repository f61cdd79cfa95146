namespace FeedWatch.Core.Tests.Matching;

/// <summary>One line of <c>watch/cases.jsonl</c>: an item and the sorted rule names that must fire for it.</summary>
internal sealed record WatchCase(string Id, string Title, string Summary, IReadOnlyList<string> Expect);

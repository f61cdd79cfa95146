namespace FeedWatch.Benchmarks.Stories;

/// <summary>An outlet: its id, its house choice of words (<see cref="Synonyms"/>) and what it appends to every title.</summary>
internal sealed record FeedProfile(string Id, int[] Style, string TitleSuffix);

namespace FeedWatch.Core.Tests.Parsing;

/// <param name="Published">UTC as <c>YYYY-MM-DDTHH:MM:SSZ</c>, or null when feedparser found no readable date.</param>
internal sealed record OracleEntry(string? Id, string? Link, string? Title, string? Published);

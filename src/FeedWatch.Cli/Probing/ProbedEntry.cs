namespace FeedWatch.Cli.Probing;

/// <summary>One entry as FeedWatch would store it, and the watch rules it would flag.</summary>
/// <param name="Id">The GUID or Atom id as the feed gave it, not the key FeedWatch derives from it.</param>
/// <param name="Link">Absolute and normalized, as stored; null when the entry has no http(s) link.</param>
/// <param name="Title">Plain text; null when the entry has none.</param>
/// <param name="Published">UTC; null when the feed gave no date or one that could not be read.</param>
internal sealed record ProbedEntry(string? Id, string? Link, string? Title, DateTime? Published, IReadOnlyList<string> Rules);

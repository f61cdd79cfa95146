namespace FeedWatch.Core.Opml;

/// <summary>A feed of the list as the config will have it.</summary>
/// <param name="AlreadyPresent">The config already has this URL; <paramref name="Id"/> is that feed's id and nothing is added.</param>
public sealed record OpmlImportEntry(string Id, OpmlFeed Feed, bool AlreadyPresent);

namespace FeedWatch.Core.Opml;

/// <summary>One subscription read from an OPML list.</summary>
/// <param name="Url">The feed's absolute http(s) URL as <see cref="Uri.AbsoluteUri"/>, the form the config loader gives every feed URL.</param>
/// <param name="Title"><c>title</c>, else <c>text</c>, HTML-decoded; null when both are empty.</param>
/// <param name="Categories">The folders it sits in, outermost first. Shown, not imported: the config has no place for them.</param>
/// <param name="Line">Where its <c>outline</c> starts, for messages.</param>
/// <param name="FeedId">The id FeedWatch's own export wrote (<c>feedwatch:id</c>), so an export imports to the same ids.</param>
/// <param name="Enabled">False for an outline marked <c>isComment="true"</c>, which is how FeedWatch exports a disabled feed.</param>
public sealed record OpmlFeed(string Url, string? Title, IReadOnlyList<string> Categories, int Line, string? FeedId = null, bool Enabled = true);

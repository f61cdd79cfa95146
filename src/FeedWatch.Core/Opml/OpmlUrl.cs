namespace FeedWatch.Core.Opml;

/// <summary>Which subscription URLs are imported, in the form they are compared and stored in.</summary>
internal static class OpmlUrl
{
    /// <returns>The absolute http(s) URL, or null with <paramref name="reason"/> saying why not.</returns>
    public static Uri? Normalize(string? raw, out string? reason)
    {
        reason = null;
        var url = raw?.Trim() ?? "";
        if (url.Length == 0)
        {
            reason = "its xmlUrl is empty";
            return null;
        }

        // Old readers exported "feed://host/path" and "feed:https://host/path" to hand a feed to a reader.
        if (url.StartsWith("feed:", StringComparison.OrdinalIgnoreCase))
        {
            url = url["feed:".Length..];
            url = url.StartsWith("//", StringComparison.Ordinal) ? "http:" + url : url;
        }

        // Only the web: an OPML file comes from elsewhere, and a file: URL in it would make the
        // daemon read a local file; newsboat lists also carry "|command" and "exec:" sources.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            reason = $"'{raw!.Trim()}' is not an http or https URL";
            return null;
        }

        return uri;
    }
}

namespace FeedWatch.Core.Configuration;

/// <summary>Turns a configured feed URL into an absolute <see cref="Uri"/>.</summary>
public static class FeedUrl
{
    /// <summary>
    /// Accepts http(s) URLs and <c>file:</c> URLs. A relative <c>file:</c> path such as
    /// <c>file:samples/news.xml</c> is resolved against the config directory, so a config and its
    /// sample feeds can be moved together.
    /// </summary>
    public static Uri? Resolve(string url, string configDirectory)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (url.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            var path = Uri.UnescapeDataString(url["file:".Length..]);
            return new Uri(Path.GetFullPath(path, configDirectory));
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" or "file" ? uri : null;
    }
}

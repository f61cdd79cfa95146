using FeedWatch.Core.Configuration;

namespace FeedWatch.Cli.Probing;

/// <summary>Turns a <c>probe</c> argument (a path, a <c>file:</c> URL or an http(s) URL) into the URL to fetch.</summary>
internal static class ProbeTarget
{
    public const string Help = "a file path, a file: URL or an http(s) URL";

    /// <returns>Null when the argument is a URL with a scheme FeedWatch cannot fetch (ftp:, mailto:, …).</returns>
    public static Uri? Resolve(string target)
    {
        var workingDirectory = Directory.GetCurrentDirectory();

        // An existing file wins, so a file name such as "a:b.xml" is never mistaken for a URL.
        if (File.Exists(target))
        {
            return new Uri(Path.GetFullPath(target, workingDirectory));
        }

        // The same rules as Feeds[]:Url, with a relative "file:feeds/x.xml" taken from the working directory.
        if (FeedUrl.Resolve(target, workingDirectory) is { } url)
        {
            return url;
        }

        // A missing relative path is still a path: the fetcher reports it as a document that does not exist.
        return Uri.TryCreate(target, UriKind.Absolute, out _) ? null : new Uri(Path.GetFullPath(target, workingDirectory));
    }
}

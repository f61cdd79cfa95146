using System.Security.Cryptography;
using System.Text;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Core.Opml;

/// <summary>
/// Feed ids made from the URL alone, so importing the same list twice, or on another machine,
/// names every feed the same: host and path, lower-case, <c>[a-z0-9.-]</c>. A URL whose name is
/// already taken gets a short hash of itself appended, which is just as stable.
/// </summary>
internal sealed class FeedIdMaker(IEnumerable<string> takenIds)
{
    // Long enough to tell a site's feeds apart, short enough for a table column.
    private const int MaxLength = 60;

    private readonly HashSet<string> _taken = new(takenIds, StringComparer.OrdinalIgnoreCase);

    /// <param name="preferred">An id the list itself carries (FeedWatch's own export), used when valid and free.</param>
    public string Take(Uri url, string? preferred)
    {
        if (preferred is not null && FeedWatchOptionsValidator.IsValidFeedId(preferred) && _taken.Add(preferred))
        {
            return preferred;
        }

        var name = NameOf(url);
        if (_taken.Add(name))
        {
            return name;
        }

        var hashed = $"{name[..Math.Min(name.Length, MaxLength - 9)].TrimEnd('-', '.')}-{ShortHash(url)}";
        var id = hashed;
        // Only a second list entry with the same URL hash could get here; a counter keeps it total.
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = $"{hashed}-{n}";
        }

        return id;
    }

    /// <summary>"https://www.dawn.com/feeds/home" → "dawn.com-feeds-home".</summary>
    public static string NameOf(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var source = host + (url.IsDefaultPort ? "" : "-" + url.Port) + "/" + Uri.UnescapeDataString(url.PathAndQuery);
        var name = new StringBuilder(source.Length);
        var separators = 0;
        foreach (var c in source.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                AppendSeparator(name, separators);
                separators = 0;
                name.Append(c);
            }
            else
            {
                // A lone dot ("rss.xml") stays; any other run of punctuation becomes one hyphen.
                separators = separators == 0 && c == '.' ? -1 : 1;
            }

            if (name.Length >= MaxLength)
            {
                break;
            }
        }

        var id = name.ToString().Trim('-', '.');
        return id.Length == 0 ? "feed" : id;
    }

    private static void AppendSeparator(StringBuilder name, int separators)
    {
        if (name.Length > 0 && separators != 0)
        {
            name.Append(separators == -1 ? '.' : '-');
        }
    }

    private static string ShortHash(Uri url) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..8];
}

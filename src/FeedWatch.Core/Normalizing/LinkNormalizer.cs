using System.Text;

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// One form per article URL so the same story is recognised across feeds: lower-case scheme and
/// host, no default port, no fragment, no tracking parameters.
/// </summary>
public static class LinkNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi",
        "ref_src", "cmpid", "ocid", "smid", "mkt_tok",
    };

    /// <summary>Resolves <paramref name="link"/> against <paramref name="baseUri"/>; null when it is not an http(s) URL.</summary>
    public static Uri? ToAbsolute(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return HasDnsHost(absolute) ? absolute : null;
        }

        if (baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) && resolved.Scheme is "http" or "https")
        {
            return HasDnsHost(resolved) ? resolved : null;
        }

        return null;
    }

    /// <summary>
    /// Uri accepts a host that IDN rejects (a U+FFFD left by a mis-decoded byte, say) and only throws
    /// when <see cref="Uri.IdnHost"/> is read: such a link leads nowhere, so it is no link at all.
    /// </summary>
    private static bool HasDnsHost(Uri uri)
    {
        try
        {
            return uri.IdnHost.Length > 0;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }

    public static string Normalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var builder = new StringBuilder();
        builder.Append(uri.Scheme.ToLowerInvariant()).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath);
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair)));
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return builder.ToString();
    }

    private static bool IsTracking(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}

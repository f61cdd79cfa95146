using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>xml:base (RFC 3986 resolution), which Atom feeds use for relative links.</summary>
internal static class XmlBase
{
    /// <summary>The base in effect inside the element the reader is on.</summary>
    public static Uri? Of(XmlReader reader, Uri? inherited)
    {
        // Called for every element: most have no attributes at all, and no lookup is needed.
        var declared = reader.HasAttributes ? reader.GetAttribute("base", FeedNamespaces.Xml)?.Trim() : null;
        if (string.IsNullOrEmpty(declared))
        {
            return inherited;
        }

        if (HasScheme(declared) && Uri.TryCreate(declared, UriKind.Absolute, out var absolute))
        {
            return absolute;
        }

        return inherited is not null && Uri.TryCreate(inherited, declared, out var resolved) ? resolved : inherited;
    }

    /// <summary>An <c>href</c> resolved; an empty one is a reference to the base itself (RFC 3986 section 5.2).</summary>
    public static string? ResolveHref(string href, Uri? baseUri) =>
        string.IsNullOrWhiteSpace(href) ? baseUri?.AbsoluteUri : Resolve(href, baseUri);

    /// <summary>A link as written when there is no base; resolved against it when there is one.</summary>
    public static string? Resolve(string? link, Uri? baseUri)
    {
        link = link?.Trim();
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        if (baseUri is null || HasScheme(link))
        {
            return link;
        }

        return Uri.TryCreate(baseUri, link, out var resolved) ? resolved.AbsoluteUri : link;
    }

    /// <summary>
    /// "/entry/3" is relative. Uri.TryCreate(…, Absolute) would call it a file path on Unix, so a
    /// link counts as absolute only when it starts with a scheme (RFC 3986 section 3.1).
    /// </summary>
    public static bool HasScheme(string link)
    {
        var colon = link.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(link[0]))
        {
            return false;
        }

        foreach (var c in link.AsSpan(1, colon - 1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}

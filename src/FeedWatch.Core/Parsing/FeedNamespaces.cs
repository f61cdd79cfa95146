namespace FeedWatch.Core.Parsing;

internal static class FeedNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DublinCoreTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Syndication = "http://purl.org/rss/1.0/modules/syndication/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    // Some RSS 2.0 feeds put their elements in this Userland namespace.
    private const string Userland = "http://backend.userland.com/rss2";

    /// <summary>
    /// Namespaces whose <c>title</c>, <c>link</c>, <c>description</c>… are the feed's own, as
    /// opposed to an extension's (<c>media:title</c>, <c>itunes:summary</c>).
    /// </summary>
    public static bool IsCore(string ns) =>
        ns.Length == 0 || ns is Atom10 or Atom03 or Rss10 or Rss090 or Userland;

    /// <summary>
    /// Prefixes real feeds use without declaring them. Declared up front on the recovery path so an
    /// undeclared <c>itunes:</c> costs an element, not the feed.
    /// </summary>
    public static readonly (string Prefix, string Uri)[] CommonPrefixes =
    [
        ("dc", DublinCore), ("dcterms", DublinCoreTerms), ("content", Content), ("rdf", Rdf), ("atom", Atom10),
        ("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"), ("media", Media),
        ("slash", "http://purl.org/rss/1.0/modules/slash/"), ("wfw", "http://wellformedweb.org/CommentAPI/"),
        ("sy", Syndication), ("georss", "http://www.georss.org/georss"),
        ("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"), ("xhtml", Xhtml),
        ("googleplay", "http://www.google.com/schemas/play-podcasts/1.0"), ("podcast", "https://podcastindex.org/namespace/1.0"),
        ("thr", "http://purl.org/syndication/thread/1.0"), ("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
        ("admin", "http://webns.net/mvcb/"), ("cc", "http://web.resource.org/cc/"),
    ];
}

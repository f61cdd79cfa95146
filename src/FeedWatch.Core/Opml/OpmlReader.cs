using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Opml;

/// <summary>
/// Reads the subscriptions out of an OPML 1.0, 1.1 or 2.0 list as readers really export them:
/// every <c>outline</c> with an <c>xmlUrl</c> (attribute names in any case) at any depth, the
/// outlines around it as its folders. Text is decoded and repaired the way feeds are (HTML
/// entities, bare ampersands, stray control characters); DTDs are never processed.
/// </summary>
public static partial class OpmlReader
{
    /// <summary>FeedWatch's own attributes on exported outlines (<c>feedwatch:id</c>).</summary>
    public const string FeedWatchNamespace = "urn:feedwatch:opml";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 64 * 1024 * 1024,
    };

    public static OpmlReadResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // One lenient path for every list: they are small, and readers export what feeds contain.
        var decoded = FeedTextDecoder.Decode(bytes, contentType: null);
        if (DtdGuard.Check(decoded) is { } attack)
        {
            return new OpmlReadResult.Failure(LineOf(decoded, decoded.IndexOf("<!DOCTYPE", StringComparison.Ordinal)), attack);
        }

        var text = XmlTextRepair.Repair(decoded);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new OpmlReadResult.Failure(0, "the file is empty");
        }

        using var reader = XmlReader.Create(new StringReader(text), Settings);
        try
        {
            return ReadDocument(reader);
        }
        catch (XmlException ex)
        {
            // The message repeats the position ("… Line 3, position 7."); the caller puts the line first.
            return new OpmlReadResult.Failure(ex.LineNumber, TrailingPosition().Replace(ex.Message, ""));
        }
    }

    private static OpmlReadResult ReadDocument(XmlReader reader)
    {
        var lines = (IXmlLineInfo)reader;
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element)
        {
            return new OpmlReadResult.Failure(lines.LineNumber, "there is no root element");
        }

        if (!reader.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
        {
            return new OpmlReadResult.Failure(lines.LineNumber, $"this is not an OPML list: the root element is <{reader.Name}>, not <opml>");
        }

        var feeds = new List<OpmlFeed>();
        var skipped = new List<OpmlSkippedOutline>();
        var firstLineOfUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        // Folders as (depth, name); a stack, not recursion, so a list nested absurdly deep cannot overflow it.
        var folders = new Stack<(int Depth, string? Name)>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !reader.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            while (folders.Count > 0 && folders.Peek().Depth >= reader.Depth)
            {
                folders.Pop();
            }

            var outline = OpmlOutline.Read(reader);
            var line = lines.LineNumber;
            var path = folders.Select(folder => folder.Name).OfType<string>().Reverse().ToList();
            if (!reader.IsEmptyElement)
            {
                folders.Push((reader.Depth, outline.FolderName));
            }

            if (outline.XmlUrl is null)
            {
                if (reader.IsEmptyElement)
                {
                    skipped.Add(new OpmlSkippedOutline(line, outline.Url is null
                        ? "it has no xmlUrl (an empty folder or a note)"
                        : "it has a url but no xmlUrl: a web page or another OPML list, not a feed"));
                }

                continue;
            }

            var uri = OpmlUrl.Normalize(outline.XmlUrl, out var reason);
            if (uri is null)
            {
                skipped.Add(new OpmlSkippedOutline(line, reason!));
            }
            else if (!firstLineOfUrl.TryAdd(uri.AbsoluteUri, line))
            {
                skipped.Add(new OpmlSkippedOutline(line, $"{uri.AbsoluteUri} is already listed at line {firstLineOfUrl[uri.AbsoluteUri]}"));
            }
            else
            {
                feeds.Add(new OpmlFeed(uri.AbsoluteUri, outline.Title, path, line, outline.FeedId, !outline.IsComment));
            }
        }

        return new OpmlReadResult.Success(feeds, skipped);
    }

    private static int LineOf(string text, int index) => index < 0 ? 0 : text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Titles are often escaped twice ("&amp;amp;") by the reader that exported them.</summary>
    internal static string? CleanText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingPosition();
}

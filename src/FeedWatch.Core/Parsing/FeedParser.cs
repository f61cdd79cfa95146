using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Raw bytes to a <see cref="ParsedFeed"/>: RSS 0.90–2.0, RSS 1.0, Atom 0.3/1.0 and JSON Feed,
/// detected from the document itself. Well-formed UTF-8 XML is read straight from the bytes; a
/// document that fails that is decoded leniently, repaired (HTML entities, bare ampersands,
/// control characters, undeclared prefixes) and read again, keeping every complete entry before
/// any break. DTDs are never processed and external entities never resolved.
/// </summary>
public static partial class FeedParser
{
    private const int MaxCharactersInDocument = 64 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        // Ignore skips a DOCTYPE without reading it: no external fetch, no entity expansion ("billion laughs").
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        CloseInput = true,
    };

    public static ParseResult Parse(ReadOnlySpan<byte> body, string? contentType = null) => Parse(body.ToArray(), contentType);

    public static ParseResult Parse(byte[] body, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = FirstSignificantByte(body);
        if (start >= body.Length)
        {
            return new ParseResult.Failure("The document is empty.", NotAFeed: true);
        }

        if (body[start] == (byte)'{')
        {
            return JsonFeedReader.Read(body.AsMemory(start));
        }

        if (LooksLikeHtml(body.AsSpan(start)))
        {
            return HtmlPage;
        }

        if (DtdGuard.Check(body) is { } attack)
        {
            return new ParseResult.Failure(attack);
        }

        if (ReadDirect(body, contentType) is { } result)
        {
            return result;
        }

        var decoded = FeedTextDecoder.Decode(body, contentType);
        if (DtdGuard.Check(decoded) is { } attackInUtf16)
        {
            return new ParseResult.Failure(attackInUtf16);
        }

        var text = XmlTextRepair.Repair(decoded);
        using var repaired = XmlReader.Create(new StringReader(text), Settings, RecoveryContext(text));
        return Read(repaired, recover: true)!;
    }

    /// <returns>The result, or null when the document must go the lenient way.</returns>
    private static ParseResult? ReadDirect(byte[] body, string? contentType)
    {
        try
        {
            using var direct = DirectReader(body, contentType);
            return Read(direct, recover: false);
        }
        catch (XmlException)
        {
            // Over a stream, the reader decodes its first block as it is created: bytes invalid in the
            // document's encoding there break it before Read, whose own catch never sees them.
            return null;
        }
    }

    /// <summary>
    /// The fast path: a reader straight over the bytes. When the XmlReader would pick the same
    /// encoding by itself (BOM, declaration, else UTF-8), it reads the stream; when FeedWatch
    /// knows better (a mislabelled or windows-1252 feed), a text reader in the right encoding,
    /// whose declaration the XmlReader then ignores.
    /// </summary>
    private static XmlReader DirectReader(byte[] body, string? contentType)
    {
        var encoding = FeedTextDecoder.Choose(body, contentType, out var bomLength);
        if (FeedTextDecoder.XmlReaderAgrees(body, encoding, bomLength))
        {
            return XmlReader.Create(new MemoryStream(body, writable: false), Settings);
        }

        var text = new StreamReader(new MemoryStream(body, bomLength, body.Length - bomLength, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        return XmlReader.Create(text, Settings);
    }

    private static readonly ParseResult.Failure HtmlPage = new("The document is an HTML page, not a feed.", NotAFeed: true);

    /// <returns>The result, or null when the document broke and <paramref name="recover"/> is false.</returns>
    private static ParseResult? Read(XmlReader reader, bool recover)
    {
        XmlFeedReader? feedReader = null;
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                return new ParseResult.Failure("The document has no root element.", NotAFeed: true);
            }

            var format = FeedFormatDetector.Detect(reader, out var notAFeed);
            if (format is null)
            {
                return new ParseResult.Failure(notAFeed!, NotAFeed: true);
            }

            feedReader = new XmlFeedReader(reader, format.Value);
            feedReader.Read();
            return new ParseResult.Success(feedReader.ToFeed());
        }
        catch (XmlException ex) when (recover)
        {
            var where = ex.LineNumber > 0 ? $"line {ex.LineNumber}, position {ex.LinePosition}" : "the start";
            if (feedReader is null)
            {
                return new ParseResult.Failure($"Malformed XML at {where}: {ex.Message}");
            }

            // The document is a feed that breaks part-way (truncated, garbage appended): keep what came before.
            var kept = feedReader.Entries.Count == 1
                ? "The 1 complete entry before it was kept."
                : $"The {feedReader.Entries.Count} complete entries before it were kept.";
            return new ParseResult.Success(feedReader.ToFeed($"The document breaks at {where}: {ex.Message} {kept}"));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// Prefixes real feeds use without declaring them, declared up front so that an undeclared
    /// <c>itunes:</c> or <c>custom:</c> costs nothing: the common ones with their real namespaces,
    /// any other prefix found in a tag with a placeholder namespace nobody reads.
    /// </summary>
    private static XmlParserContext RecoveryContext(string text)
    {
        var names = new NameTable();
        var namespaces = new XmlNamespaceManager(names);
        foreach (var (prefix, uri) in FeedNamespaces.CommonPrefixes)
        {
            namespaces.AddNamespace(prefix, uri);
        }

        foreach (var match in PrefixInTag().EnumerateMatches(text))
        {
            var prefix = text.AsSpan(match.Index, match.Length).TrimStart("</ \t\r\n").TrimEnd(':').ToString();
            if (prefix is not ("xml" or "xmlns") && namespaces.LookupNamespace(prefix) is null)
            {
                namespaces.AddNamespace(prefix, "urn:feedwatch:undeclared:" + prefix);
            }
        }

        return new XmlParserContext(names, namespaces, xmlLang: null, XmlSpace.None);
    }

    private static int FirstSignificantByte(byte[] body)
    {
        var i = body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    // "<itunes:author", "</custom:rating", and attributes such as ' media:url='.
    [GeneratedRegex(@"(?:</?|\s)[A-Za-z_][A-Za-z0-9_.-]*:(?=[A-Za-z_])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex PrefixInTag();

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        // Only the start matters; read as Latin-1 into the stack, so no allocation per feed.
        Span<char> head = stackalloc char[Math.Min(body.Length, 2048)];
        Encoding.Latin1.GetChars(body[..head.Length], head);
        return HtmlStart().IsMatch(head);
    }

    // An <html> root, or an HTML doctype not followed by a feed's root (some feeds carry an XHTML
    // doctype by mistake). HTML5 pages may write "<!doctype html>", which is not even XML.
    [GeneratedRegex(@"\A(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<html[\s>]|<!doctype\s+html[^>]*>(?>\s*(?:<!--.*?-->\s*)*)(?!<(?:rss|feed|rdf:RDF|RDF)[\s>]))", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlStart();
}

using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Raw bytes to a <see cref="ParsedFeed"/> with System.ServiceModel.Syndication, made lenient where
/// real feeds need it (entities, bad dates, encodings). Never resolves DTDs or external entities.
/// </summary>
public static partial class FeedParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static ParseResult Parse(ReadOnlySpan<byte> body, string? contentType = null)
    {
        if (body.IsEmpty)
        {
            return new ParseResult.Failure("The document is empty.");
        }

        var text = XmlEntityRepair.Repair(FeedTextDecoder.Decode(body, contentType).TrimStart());
        if (HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 4096))))
        {
            return new ParseResult.Failure("The document is an HTML page, not a feed.");
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings);
            reader.MoveToContent();
            var formatter = CreateFormatter(reader, out var format, out var failure);
            if (formatter is null)
            {
                return failure!;
            }

            formatter.ReadFrom(reader);
            return new ParseResult.Success(SyndicationMapper.Map(formatter.Feed, format));
        }
        catch (XmlException ex)
        {
            return new ParseResult.Failure($"Malformed XML: {ex.Message}");
        }
        catch (Exception ex) when (ex is NotSupportedException or FormatException or ArgumentException or InvalidOperationException)
        {
            // System.ServiceModel.Syndication rejects documents it considers off-spec with these.
            return new ParseResult.Failure($"Unsupported feed structure: {ex.Message}");
        }
    }

    // HTML5 pages may start "<!doctype html>" in lower case, which is not even well-formed XML.
    [GeneratedRegex(@"\A(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlStart();

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        // Ignore skips a DOCTYPE without reading it: no external fetch, no entity expansion ("billion laughs").
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    private static SyndicationFeedFormatter? CreateFormatter(XmlReader reader, out FeedFormat format, out ParseResult.Failure? failure)
    {
        format = default;
        failure = null;
        if (reader.NodeType != XmlNodeType.Element)
        {
            failure = new ParseResult.Failure("The document has no root element.");
            return null;
        }

        switch (reader.LocalName)
        {
            case "rss" when reader.GetAttribute("version") is { } version && version.StartsWith('2'):
                format = FeedFormat.Rss20;
                return new Rss20FeedFormatter { DateTimeParser = ParseDate };
            case "feed" when reader.NamespaceURI == AtomNamespace:
                format = FeedFormat.Atom10;
                return new Atom10FeedFormatter { DateTimeParser = ParseDate };
            case "html" or "HTML":
                failure = new ParseResult.Failure("The document is an HTML page, not a feed.");
                return null;
            default:
                var declaredVersion = reader.GetAttribute("version");
                var described = declaredVersion is null ? $"<{reader.Name}>" : $"<{reader.Name} version=\"{declaredVersion}\">";
                failure = new ParseResult.Failure($"Unsupported document: root element {described}; RSS 2.0 and Atom 1.0 are supported.");
                return null;
        }
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        // Returning false makes the formatter throw and lose the feed; MinValue is mapped to "unknown".
        value = LenientDateParser.Parse(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }
}

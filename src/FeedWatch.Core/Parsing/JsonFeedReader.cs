using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// JSON Feed 1.0 and 1.1 (jsonfeed.org). A document with another version but an items array is
/// still read, as the reference reader does; anything else is not a feed.
/// </summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static ParseResult Read(ReadOnlyMemory<byte> json)
    {
        if (!Utf8.IsValid(json.Span))
        {
            // System.Text.Json checks the structure but not the UTF-8 inside strings, and throws only
            // when such a string is read. Decoded leniently instead, as the XML path does: each bad
            // sequence becomes U+FFFD and the rest of the feed is kept.
            json = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json.Span));
        }

        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ParseResult.Failure("The document is JSON but not a JSON Feed: its top level is not an object.", NotAFeed: true);
            }

            var format = FormatOf(String(root, "version"));
            var hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            if (format == FeedFormat.JsonFeed && !hasItems)
            {
                return new ParseResult.Failure("The document is JSON but not a JSON Feed: no jsonfeed.org version and no items.", NotAFeed: true);
            }

            var entries = hasItems
                ? items.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(ReadItem).ToList()
                : [];
            var feed = new ParsedFeed(format, String(root, "title"), String(root, "home_page_url"), entries) { Id = String(root, "feed_url") };
            return new ParseResult.Success(feed);
        }
        catch (JsonException ex)
        {
            return new ParseResult.Failure($"Malformed JSON: {ex.Message}");
        }
    }

    private static FeedFormat FormatOf(string? version) => version?.Trim().TrimEnd('/') switch
    {
        "https://jsonfeed.org/version/1" or "http://jsonfeed.org/version/1" => FeedFormat.JsonFeed10,
        "https://jsonfeed.org/version/1.1" or "http://jsonfeed.org/version/1.1" => FeedFormat.JsonFeed11,
        _ => FeedFormat.JsonFeed,
    };

    private static ParsedEntry ReadItem(JsonElement item)
    {
        var contentText = String(item, "content_text");
        return new ParsedEntry(
            Id: Scalar(item, "id"),
            // external_url is the article a link-blog post points to: better than no link.
            Link: String(item, "url") ?? String(item, "external_url"),
            // The spec says plain text, but publishers put "&amp;" and "<i>" in titles; readers
            // (feedparser, NetNewsWire) treat them as HTML, and so do we.
            Title: String(item, "title"),
            SummaryHtml: String(item, "summary") is { } summary ? WebUtility.HtmlEncode(summary) : null,
            ContentHtml: String(item, "content_html") ?? (contentText is null ? null : WebUtility.HtmlEncode(contentText)),
            Author: AuthorOf(item),
            Categories: item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList()
                : [],
            Published: LenientDateParser.Parse(String(item, "date_published")),
            Updated: LenientDateParser.Parse(String(item, "date_modified")));
    }

    // 1.1 has "authors"; 1.0 had "author".
    private static string? AuthorOf(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name)
                {
                    return name;
                }
            }
        }

        return item.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? String(single, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Ids must be strings by the spec, but numbers are common in the wild.</summary>
    private static string? Scalar(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}

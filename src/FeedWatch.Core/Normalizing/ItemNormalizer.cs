using System.Security.Cryptography;
using System.Text;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Core.Normalizing;

public static class ItemNormalizer
{
    /// <param name="documentUrl">Where the feed was fetched from: the base for relative links.</param>
    public static NormalizedItem Normalize(ParsedEntry entry, Uri documentUrl)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var link = LinkNormalizer.ToAbsolute(entry.Link, documentUrl) is { } absolute ? LinkNormalizer.Normalize(absolute) : null;
        var title = TextLimits.Cut(HtmlText.ToPlainText(entry.Title), TextLimits.Title);
        var summary = TextLimits.Cut(HtmlText.ToPlainText(entry.SummaryHtml), TextLimits.Summary);
        var content = TextLimits.Cut(HtmlText.ToPlainText(entry.ContentHtml), TextLimits.Content);
        var categories = entry.Categories
            .Select(category => TextLimits.Cut(HtmlText.ToPlainText(category), TextLimits.Category))
            .Where(c => c.Length > 0)
            .Distinct()
            .Take(TextLimits.Categories)
            .ToList();
        var published = (entry.Published ?? entry.Updated)?.UtcDateTime;
        var author = string.IsNullOrWhiteSpace(entry.Author) ? null : TextLimits.Cut(HtmlText.ToPlainText(entry.Author), TextLimits.Author);
        var hash = ContentHash(title, link, summary, content, categories, published);
        // Sanitized here, in the poll's parallel part, not in the store's single writer; the sanitizer
        // also repairs markup cut mid-tag.
        var summaryHtml = DisplayHtml.Sanitize(TextLimits.CutOrNull(entry.SummaryHtml, TextLimits.SummaryHtml));
        return new NormalizedItem(entry.Id, link, title, summary, summaryHtml, content, author, categories, published, hash);
    }

    private static string ContentHash(string title, string? link, string summary, string content, IReadOnlyList<string> categories, DateTime? published)
    {
        // Unit separators keep "ab"+"c" and "a"+"bc" apart.
        var joined = string.Join('\u001f', title, link, summary, content, string.Join('\u001e', categories), published?.Ticks);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)), 0, 16);
    }
}

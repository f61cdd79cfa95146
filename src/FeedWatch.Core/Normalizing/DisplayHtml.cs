using Ganss.Xss;

namespace FeedWatch.Core.Normalizing;

/// <summary>
/// Feed HTML made safe to show: scripts, event handlers, frames, forms, styles and javascript:
/// links removed, markup repaired. A maintained sanitizer built on a real HTML5 parser
/// (HtmlSanitizer over AngleSharp) rather than hand-written rules, because browsers' parsing
/// quirks are where hand-written sanitizers fail.
/// </summary>
public static class DisplayHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        // Plain text with at most entities needs no parser: nothing in it can run.
        if (!html.Contains('<', StringComparison.Ordinal) || SanitizedMarkup.IsUnchangedBySanitizer(html))
        {
            return html;
        }

        return SanitizeWithParser(html);
    }

    /// <summary>Always through the HTML parser: what <see cref="SanitizedMarkup"/> is held to.</summary>
    internal static string SanitizeWithParser(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in (string[])["form", "input", "button", "textarea", "select", "option", "optgroup", "fieldset", "legend", "label", "datalist", "output"])
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        // Publishers' inline styles break a reader's layout and can hide text; classes and ids mean nothing outside their site.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Remove("id");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in (string[])["http", "https", "mailto"])
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        return sanitizer;
    }
}

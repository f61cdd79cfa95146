namespace FeedWatch.Core.Matching;

/// <summary>About ±80 characters of plain text around a hit, cut at word boundaries.</summary>
internal static class Snippet
{
    private const int Context = 80;
    private const string Ellipsis = "…";

    public static (string Text, int HitStart) Around(string text, int hitStart, int hitEnd)
    {
        var start = Math.Max(0, hitStart - Context);
        var end = Math.Min(text.Length, hitEnd + Context);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, hitStart - start);
            start = space < 0 ? start : space + 1;
        }

        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - hitEnd);
            end = space < 0 ? end : space;
        }

        var prefix = start > 0 ? Ellipsis : "";
        var suffix = end < text.Length ? Ellipsis : "";
        return (prefix + text[start..end] + suffix, prefix.Length + hitStart - start);
    }
}

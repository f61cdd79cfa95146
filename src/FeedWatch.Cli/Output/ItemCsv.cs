using System.Globalization;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Output;

/// <summary>The export's CSV: the columns of <c>items --format csv</c>, then the content, line breaks kept.</summary>
internal static class ItemCsv
{
    private static readonly string[] Headers =
        ["id", "firstSeen", "published", "sources", "rules", "title", "link", "summary", "content"];

    public static void Write(TextWriter output, IEnumerable<StoredItem> items)
    {
        CsvWriter.WriteRow(output, Headers);
        foreach (var item in items)
        {
            CsvWriter.WriteRow(output,
            [
                item.Id.ToString(CultureInfo.InvariantCulture), TimeFormat.Iso(item.FirstSeen), TimeFormat.Iso(item.Published),
                string.Join(' ', item.Sources), string.Join("; ", item.Matches.Select(m => m.Rule).Distinct()),
                item.Title, item.Link, item.Summary, item.Content,
            ], keepLineBreaks: true);
        }
    }
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace FeedWatch.Benchmarks.Parse;

/// <summary>
/// A deterministic news-site RSS 2.0 feed: title, link, guid, RFC 822 pubDate, creator, categories and an
/// entity-escaped HTML description (every fifth one in CDATA instead, as some publishers do), about 1 KB an item.
/// </summary>
internal static class GeneratedRssFeed
{
    private static readonly string[] Subjects =
        ["The interior ministry", "Energy regulators", "Opposition leaders", "Aid agencies", "University researchers",
         "The central bank", "Port workers in São Paulo", "Officials in Zürich", "Local traders", "The election commission"];

    private static readonly string[] Verbs =
        ["approved", "questioned", "postponed", "welcomed", "rejected", "announced", "criticised", "suspended"];

    private static readonly string[] Objects =
        ["a new budget framework", "the fuel subsidy reform", "a port expansion project", "talks with creditors",
         "the mining licence review", "a vaccination campaign", "curfew measures", "a cross-border trade agreement"];

    private static readonly string[] Tails =
        ["after a week of protests", "in the capital", "ahead of the summit", "despite objections", "following overnight talks",
         "before the monsoon season", "in the northern districts", "— a first since 2019"];

    private static readonly string[] Sections = ["world", "business", "science", "politics", "health"];

    private static readonly string[] Authors = ["Staff Reporter", "J. Novak", "A. Okafor", "M. Müller", "S. Tanaka & R. Silva"];

    private static readonly TimeSpan[] Zones = [TimeSpan.Zero, TimeSpan.FromHours(-5), TimeSpan.FromHours(1), TimeSpan.FromHours(5.5)];

    public static byte[] Create(int items, int seed)
    {
        var random = new Random(seed);
        var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", "Daily Ledger");
            writer.WriteElementString("link", "https://dailyledger.example/");
            writer.WriteElementString("description", "Latest news from the Daily Ledger");
            var published = new DateTimeOffset(2025, 11, 1, 12, 0, 0, TimeSpan.Zero);
            for (var n = items; n > 0; n--)
            {
                WriteItem(writer, random, n, published);
                published -= TimeSpan.FromMinutes(random.Next(5, 90));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteItem(XmlWriter writer, Random random, int number, DateTimeOffset published)
    {
        var title = Sentence(random);
        var section = Pick(random, Sections);
        var link = $"https://dailyledger.example/{section}/{published:yyyy/MM/dd}/{number}-{Slug(title)}";
        writer.WriteStartElement("item");
        writer.WriteElementString("title", title);
        writer.WriteElementString("link", link);
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "false");
        writer.WriteString(string.Create(CultureInfo.InvariantCulture, $"urn:dailyledger:story:{number}"));
        writer.WriteEndElement();
        writer.WriteElementString("pubDate", Rfc822(published.ToOffset(Pick(random, Zones))));
        writer.WriteElementString("dc", "creator", null, Pick(random, Authors));
        writer.WriteElementString("category", section);
        writer.WriteElementString("category", Pick(random, Objects));
        var html = Description(random, link);
        if (number % 5 == 0)
        {
            writer.WriteStartElement("description");
            writer.WriteCData(html);
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteElementString("description", html);
        }

        writer.WriteEndElement();
    }

    private static string Description(Random random, string link)
    {
        var html = new StringBuilder();
        html.Append("<p>");
        while (html.Length < 440)
        {
            html.Append(Sentence(random)).Append(". ");
            switch (random.Next(6))
            {
                case 0:
                    html.Append("<em>The statement gave no timeline.</em> ");
                    break;
                case 1:
                    html.Append("</p><p>");
                    break;
                case 2:
                    html.Append("<a href=\"").Append(link).Append("\">Read more &amp; comment</a> ");
                    break;
            }
        }

        return html.Append("</p>").ToString();
    }

    private static string Sentence(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Tails)}";

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));

    private static string Rfc822(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture,
            $"{time:ddd, dd MMM yyyy HH:mm:ss} {sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}");
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}

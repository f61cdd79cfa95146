using System.Globalization;
using System.Text;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Parses every corpus file and compares it with the oracle by the corpus README's rules:
/// format family, entry count, then per entry id, link, title and date, and the feed's title and
/// link. Computed once per test run.
/// </summary>
internal sealed class CorpusComparison
{
    public static readonly string[] EntryFields = ["id", "link", "title", "published"];

    public static readonly string[] Fields = [.. EntryFields, "feed.title", "feed.link"];

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly Lazy<CorpusComparison> Shared = new(() => new CorpusComparison());

    private CorpusComparison()
    {
        var records = OracleRecord.Load(Path.Combine(RepositoryPaths.Corpus, "oracle.jsonl"));
        foreach (var record in records)
        {
            CompareFile(record);
        }

        Files = records.Count;
    }

    public static CorpusComparison Instance => Shared.Value;

    public int Files { get; }

    public List<string> Exceptions { get; } = [];

    /// <summary>Files the oracle reads as a feed that FeedWatch did not, or read as another family.</summary>
    public List<string> DetectionMismatches { get; } = [];

    public List<(string Path, string Reason)> Failures { get; } = [];

    public int CountAgreements { get; private set; }

    public int CountKnown { get; private set; }

    public List<string> CountMismatches { get; } = [];

    /// <summary>Per field: equal, accepted differences (README quirks and <see cref="KnownOracleDifferences"/>), all compared.</summary>
    public Dictionary<string, (int Agree, int Known, int Total)> Agreement { get; } = Fields.ToDictionary(f => f, _ => (0, 0, 0));

    public Dictionary<string, List<string>> Disagreements { get; } = Fields.ToDictionary(f => f, _ => new List<string>());

    public double CountShare => (double)(CountAgreements + CountKnown) / Files;

    public double Share(string field) => (double)(Agreement[field].Agree + Agreement[field].Known) / Agreement[field].Total;

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"corpus files: {Files}, parse failures: {Failures.Count}, exceptions: {Exceptions.Count}, family mismatches: {DetectionMismatches.Count}");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"field",-11} {"agree",6} {"known",6} {"differ",6} {"total",6} {"share",7}");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"count",-11} {CountAgreements,6} {CountKnown,6} {CountMismatches.Count,6} {Files,6} {CountShare,7:P1}");
        foreach (var field in Fields)
        {
            var (agree, known, total) = Agreement[field];
            table.AppendLine(CultureInfo.InvariantCulture, $"{field,-11} {agree,6} {known,6} {total - agree - known,6} {total,6} {Share(field),7:P1}");
        }

        return table.ToString();
    }

    private void CompareFile(OracleRecord record)
    {
        ParseResult result;
        try
        {
            result = FeedParser.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.CorpusFeeds, record.Path)));
        }
#pragma warning disable CA1031 // Any exception is the finding: it is counted and reported, and the other files go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Exceptions.Add($"{record.Path}: {ex}");
            return;
        }

        var feed = (result as ParseResult.Success)?.Feed;
        if (result is ParseResult.Failure failure)
        {
            Failures.Add((record.Path, failure.Reason));
        }

        CheckFamily(record, feed);
        var entries = feed?.Entries ?? [];
        if (entries.Count != record.Entries.Count)
        {
            var known = IsKnown(record.Path, "count");
            CountKnown += known ? 1 : 0;
            if (!known)
            {
                CountMismatches.Add($"{record.Path}: oracle {record.Entries.Count}, FeedWatch {entries.Count}");
            }

            return;
        }

        CountAgreements++;
        for (var i = 0; i < entries.Count; i++)
        {
            CompareEntry(record.Path, i, record.Entries[i], entries[i]);
        }

        if (feed is not null)
        {
            Record("feed.title", record.Path, -1, Plain(record.Feed.Title) == Plain(feed.Title), TitleQuirk(feed.Title, record.Feed.Title), record.Feed.Title, feed.Title);
            // README rule 3 applies to the feed too: feedparser copies the feed's id into a missing link.
            var feedLinkQuirk = Text(feed.Link) is null && Text(record.Feed.Link) == Text(feed.Id);
            Record("feed.link", record.Path, -1, Text(record.Feed.Link) == Text(feed.Link), feedLinkQuirk, record.Feed.Link, feed.Link);
        }
    }

    private void CheckFamily(OracleRecord record, ParsedFeed? feed)
    {
        // "" is not a feed to feedparser; "cdf" (Microsoft's 1997 Channel Definition Format) is
        // outside the formats FeedWatch reads (issue 4's list).
        if (record.Version is "" or "cdf")
        {
            return;
        }

        var expected = Family(record.Version);
        var actual = feed is null ? "none" : Family(feed.Format);
        // RSS 0.90 is RDF-based; feedparser and FeedWatch may file it under either family.
        var agrees = actual == expected || (record.Version == "rss090" && actual is "rss" or "rdf");
        if (!agrees && !IsKnown(record.Path, "format"))
        {
            DetectionMismatches.Add($"{record.Path}: oracle {record.Version} ({expected}), FeedWatch {feed?.Format.ToString() ?? "no feed"} ({actual})");
        }
    }

    private static string Family(string oracleVersion) => oracleVersion switch
    {
        "rss10" => "rdf",
        _ when oracleVersion.StartsWith("rss", StringComparison.Ordinal) => "rss",
        _ when oracleVersion.StartsWith("atom", StringComparison.Ordinal) => "atom",
        _ when oracleVersion.StartsWith("json", StringComparison.Ordinal) => "json",
        _ => oracleVersion,
    };

    private static string Family(FeedFormat format) => format switch
    {
        FeedFormat.Rss10 => "rdf",
        FeedFormat.Atom03 or FeedFormat.Atom10 or FeedFormat.Atom => "atom",
        FeedFormat.JsonFeed10 or FeedFormat.JsonFeed11 or FeedFormat.JsonFeed => "json",
        _ => "rss",
    };

    private void CompareEntry(string path, int index, OracleEntry expected, ParsedEntry actual)
    {
        Record("id", path, index, Text(expected.Id) == Text(actual.Id), false, expected.Id, actual.Id);
        // README rule 3: feedparser copies a permalink guid (or an Atom id) into a missing link.
        var linkQuirk = Text(actual.Link) is null && Text(expected.Link) == Text(expected.Id);
        Record("link", path, index, Text(expected.Link) == Text(actual.Link), linkQuirk, expected.Link, actual.Link);
        Record("title", path, index, Plain(expected.Title) == Plain(actual.Title), TitleQuirk(actual.Title, expected.Title), expected.Title, actual.Title);
        var oracleDate = expected.Published is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(expected.Published, CultureInfo.InvariantCulture);
        var date = actual.Published ?? actual.Updated;
        var dateAgrees = oracleDate is null ? date is null : date is not null && (date.Value - oracleDate.Value).Duration() <= TimeSpan.FromSeconds(1);
        Record("published", path, index, dateAgrees, false, expected.Published, date?.ToString("O", CultureInfo.InvariantCulture));
    }

    // README: feedparser repairs double-encoded UTF-8 ("Ã©" back to "é"); keeping the bytes is fine too.
    private static bool TitleQuirk(string? actual, string? expected) =>
        actual is not null && Plain(Encoding.UTF8.GetString(Windows1252.GetBytes(actual))) == Plain(expected);

    private void Record(string field, string path, int index, bool agrees, bool readmeQuirk, string? expected, string? actual)
    {
        var known = !agrees && (readmeQuirk || IsKnown(path, field));
        var (agree, knownCount, total) = Agreement[field];
        Agreement[field] = (agree + (agrees ? 1 : 0), knownCount + (known ? 1 : 0), total + 1);
        if (!agrees && !known)
        {
            var where = index < 0 ? path : $"{path}[{index}]";
            Disagreements[field].Add($"{where}: oracle «{expected}», FeedWatch «{actual}»");
        }
    }

    /// <summary>Listed differences that were needed; a listed one that no longer occurs is stale.</summary>
    public HashSet<(string Path, string Field)> UsedKnownDifferences { get; } = [];

    private bool IsKnown(string path, string field)
    {
        if (!KnownOracleDifferences.Contains(path, field))
        {
            return false;
        }

        UsedKnownDifferences.Add((path, field));
        return true;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // README rule 4: entities decoded, tags removed, whitespace collapsed; HtmlText is that rule.
    private static string Plain(string? value) => HtmlText.ToPlainText(value);
}

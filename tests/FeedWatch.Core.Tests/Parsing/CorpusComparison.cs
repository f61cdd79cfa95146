using System.Globalization;
using System.Text;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>
/// Parses every corpus file the oracle calls RSS 2.0 or Atom 1.0 and compares it field by field
/// with the oracle, following the corpus README's comparison rules. Computed once per test run.
/// </summary>
internal sealed class CorpusComparison
{
    public static readonly string[] Fields = ["id", "link", "title", "published"];

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly Lazy<CorpusComparison> Shared = new(() => new CorpusComparison());

    private CorpusComparison()
    {
        var records = OracleRecord.Load(Path.Combine(RepositoryPaths.Corpus, "oracle.jsonl"))
            .Where(r => r.Version is "rss20" or "atom10")
            .ToList();
        foreach (var record in records)
        {
            var result = ParseWithoutThrowing(Path.Combine(RepositoryPaths.CorpusFeeds, record.Path));
            if (result is ParseResult.Failure failure)
            {
                Failures.Add((record.Path, failure.Reason));
                continue;
            }

            Parsed++;
            var entries = ((ParseResult.Success)result).Feed.Entries;
            if (entries.Count != record.Entries.Count)
            {
                CountMismatches.Add($"{record.Path}: oracle {record.Entries.Count}, FeedWatch {entries.Count}");
                continue;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                Compare(record.Path, i, record.Entries[i], entries[i]);
            }
        }

        Candidates = records.Count;
    }

    public static CorpusComparison Instance => Shared.Value;

    /// <summary>Files the oracle calls rss20 or atom10.</summary>
    public int Candidates { get; }

    /// <summary>Of those, files FeedParser read successfully.</summary>
    public int Parsed { get; private set; }

    public List<(string Path, string Reason)> Failures { get; } = [];

    public List<string> CountMismatches { get; } = [];

    /// <summary>
    /// Per field, over entries of files whose entry counts match: equal, accepted differences
    /// (README quirks and <see cref="KnownOracleDifferences"/>), and all compared.
    /// </summary>
    public Dictionary<string, (int Agree, int Known, int Total)> Agreement { get; } = Fields.ToDictionary(f => f, _ => (0, 0, 0));

    public Dictionary<string, List<string>> Disagreements { get; } = Fields.ToDictionary(f => f, _ => new List<string>());

    public int CountAgreements => Parsed - CountMismatches.Count;

    public double CountShare => (double)CountAgreements / Parsed;

    public double ParsedShare => (double)Parsed / Candidates;

    /// <summary>Share of entries that agree or differ in an accepted way.</summary>
    public double Share(string field) => (double)(Agreement[field].Agree + Agreement[field].Known) / Agreement[field].Total;

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"rss20/atom10 files: {Candidates}, parsed: {Parsed} ({ParsedShare:P1})");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"field",-10} {"agree",6} {"known",6} {"differ",6} {"total",6} {"share",7}");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"count",-10} {CountAgreements,6} {0,6} {CountMismatches.Count,6} {Parsed,6} {CountShare,7:P1}");
        foreach (var field in Fields)
        {
            var (agree, known, total) = Agreement[field];
            table.AppendLine(CultureInfo.InvariantCulture, $"{field,-10} {agree,6} {known,6} {total - agree - known,6} {total,6} {Share(field),7:P1}");
        }

        return table.ToString();
    }

    private static ParseResult ParseWithoutThrowing(string file)
    {
        try
        {
            return FeedParser.Parse(File.ReadAllBytes(file));
        }
#pragma warning disable CA1031 // A throw is a bug reported by the per-file test; here it only counts as not parsed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ParseResult.Failure($"THREW {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void Compare(string path, int index, OracleEntry expected, ParsedEntry actual)
    {
        Record("id", path, index, Text(expected.Id) == Text(actual.Id), false, expected.Id, actual.Id);
        // README rule 3: feedparser copies a permalink guid (or an Atom id) into a missing link.
        var linkQuirk = Text(actual.Link) is null && Text(expected.Link) == Text(expected.Id);
        Record("link", path, index, Text(expected.Link) == Text(actual.Link), linkQuirk, expected.Link, actual.Link);
        // README: feedparser repairs double-encoded UTF-8 ("Ã©" back to "é"); keeping the bytes is fine too.
        var titleQuirk = actual.Title is not null && Plain(Encoding.UTF8.GetString(Windows1252.GetBytes(actual.Title))) == Plain(expected.Title);
        Record("title", path, index, Plain(expected.Title) == Plain(actual.Title), titleQuirk, expected.Title, actual.Title);
        var oracleDate = expected.Published is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(expected.Published, CultureInfo.InvariantCulture);
        var date = actual.Published ?? actual.Updated;
        var dateAgrees = oracleDate is null ? date is null : date is not null && (date.Value - oracleDate.Value).Duration() <= TimeSpan.FromSeconds(1);
        Record("published", path, index, dateAgrees, false, expected.Published, date?.ToString("O", CultureInfo.InvariantCulture));
    }

    private void Record(string field, string path, int index, bool agrees, bool readmeQuirk, string? expected, string? actual)
    {
        var known = !agrees && (readmeQuirk || KnownOracleDifferences.Contains(path, field));
        var (agree, knownCount, total) = Agreement[field];
        Agreement[field] = (agree + (agrees ? 1 : 0), knownCount + (known ? 1 : 0), total + 1);
        if (!agrees && !known)
        {
            Disagreements[field].Add($"{path}[{index}]: oracle «{expected}», FeedWatch «{actual}»");
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // README rule 4: entities decoded, tags removed, whitespace collapsed; HtmlText is that rule.
    private static string Plain(string? value) => HtmlText.ToPlainText(value);
}

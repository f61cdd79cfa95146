using System.Text.Json;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>One line of <c>corpus/oracle.jsonl</c>: feedparser's reading of one corpus file (see the corpus README).</summary>
internal sealed record OracleRecord(string Path, string Version, IReadOnlyList<OracleEntry> Entries)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<OracleRecord> Load(string oraclePath) =>
        File.ReadLines(oraclePath)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<OracleRecord>(line, JsonOptions)!)
            .ToList();
}

using System.Text.Json;

namespace FeedWatch.Core.Tests.Parsing;

/// <summary>One line of <c>corpus/oracle.jsonl</c>: feedparser's reading of one corpus file (see the corpus README).</summary>
/// <param name="Version">feedparser's format id (<c>rss20</c>, <c>atom03</c>, <c>json11</c>…); empty when it saw no feed.</param>
internal sealed record OracleRecord(string Path, string Version, OracleFeed Feed, IReadOnlyList<OracleEntry> Entries)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<OracleRecord> Load(string oraclePath) =>
        File.ReadLines(oraclePath)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<OracleRecord>(line, JsonOptions)!)
            .ToList();
}

internal sealed record OracleFeed(string? Title, string? Link);

using System.Text.Json;
using FeedWatch.Cli.Probing;

namespace FeedWatch.Cli.Output;

/// <summary>
/// The stable JSON shape of one probed document, printed as one line (newline-delimited JSON) so a
/// script can read each document as soon as it is probed. Every key is always present.
/// </summary>
internal sealed record ProbeJson(string Path, string? Format, string? Error, string? Warning, ProbeFeedJson? Feed, IReadOnlyList<ProbeEntryJson> Entries)
{
    private static readonly JsonSerializerOptions Options = new(ItemJson.Options) { WriteIndented = false };

    public static void Write(TextWriter output, ProbeReport report) =>
        output.WriteLine(JsonSerializer.Serialize(From(report), Options));

    public static ProbeJson From(ProbeReport report) => new(
        report.Path,
        report.Format is { } format ? FeedFormatName.Id(format) : null,
        report.Error,
        report.Warning,
        report.Error is null ? new ProbeFeedJson(report.FeedTitle, report.FeedLink) : null,
        report.Entries.Select(e => new ProbeEntryJson(e.Id, e.Link, e.Title, TimeFormat.Iso(e.Published), e.Rules)).ToList());
}

internal sealed record ProbeFeedJson(string? Title, string? Link);

internal sealed record ProbeEntryJson(string? Id, string? Link, string? Title, string? Published, IReadOnlyList<string> Rules);

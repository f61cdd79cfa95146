using FeedWatch.Cli.Probing;

namespace FeedWatch.Cli.Output;

/// <summary>One block per probed document for a person: the feed, then each entry with its fields.</summary>
internal static class ProbeTextWriter
{
    public static void Write(TextWriter output, ProbeReport report)
    {
        output.WriteLine(TerminalText.Clean(report.Path));
        if (report.Error is not null)
        {
            output.WriteLine($"  error:    {TerminalText.Clean(report.Error)}");
            output.WriteLine();
            return;
        }

        output.WriteLine($"  format:   {(report.Format is { } format ? FeedFormatName.Display(format) : "unknown")}");
        if (report.Warning is not null)
        {
            output.WriteLine($"  warning:  {TerminalText.Clean(report.Warning)}");
        }

        output.WriteLine($"  title:    {Text(report.FeedTitle)}");
        output.WriteLine($"  link:     {Text(report.FeedLink)}");
        output.WriteLine($"  entries:  {report.Entries.Count}");
        for (var i = 0; i < report.Entries.Count; i++)
        {
            var entry = report.Entries[i];
            output.WriteLine();
            output.WriteLine($"  {i + 1}. {Text(entry.Title)}");
            output.WriteLine($"     id:         {Text(entry.Id)}");
            output.WriteLine($"     link:       {Text(entry.Link)}");
            output.WriteLine($"     published:  {TimeFormat.Iso(entry.Published) ?? "unknown"}");
            output.WriteLine($"     rules:      {(entry.Rules.Count == 0 ? "-" : TerminalText.Clean(string.Join("; ", entry.Rules)))}");
        }

        output.WriteLine();
    }

    private static string Text(string? value) => value is null ? "(none)" : TerminalText.Clean(value);
}

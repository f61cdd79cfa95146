using System.Text.Json;

namespace FeedWatch.Cli.Tests.Support;

/// <summary>What one in-process run of <c>feedwatch</c> returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Stdout parsed as JSON; throws (failing the test) when it is not valid JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>title</c> of every object in a JSON array on stdout, in printed order.</summary>
    public IReadOnlyList<string> JsonTitles() =>
        Json().EnumerateArray().Select(item => item.GetProperty("title").GetString()!).ToList();

    public IReadOnlyList<string> Lines() => Out.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}

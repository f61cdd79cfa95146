using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// The daemon's config for a run: the generated feeds, the database beside the config folder (as in
/// the repository, config/ and data/), the sample config's watch rules, Polling at its defaults,
/// and Serilog at Warning to the console only, so a clean poll prints nothing.
/// </summary>
internal static class IngestConfig
{
    // --once polls every feed whatever its interval; an hour is a typical value for a news feed.
    private const string Interval = "01:00:00";

    // Relaxed escaping keeps the file readable ("+https://…" in the User-Agent, not "\u002B"); it is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, string databasePath, IEnumerable<(string Id, Uri Url)> feeds)
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleConfig))
            ?? throw new IngestSetupException($"{RepositoryPaths.SampleConfig} is empty.");
        var config = new JsonObject
        {
            ["Storage"] = new JsonObject { ["Path"] = databasePath },
            // Spelled out from the code's defaults so that the file records what was measured.
            ["Polling"] = JsonSerializer.SerializeToNode(new PollingOptions()),
            ["Feeds"] = new JsonArray(feeds.Select(feed => (JsonNode)new JsonObject
            {
                ["Id"] = feed.Id,
                ["Url"] = feed.Url.AbsoluteUri,
                ["Interval"] = Interval,
            }).ToArray()),
            ["Watch"] = (sample["Watch"] ?? throw new IngestSetupException($"{RepositoryPaths.SampleConfig} has no Watch rules.")).DeepClone(),
            ["Serilog"] = new JsonObject
            {
                ["Using"] = new JsonArray("Serilog.Sinks.Console"),
                ["MinimumLevel"] = new JsonObject { ["Default"] = "Warning" },
                ["WriteTo"] = new JsonArray(new JsonObject { ["Name"] = "Console" }),
            },
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, config.ToJsonString(Indented));
    }
}

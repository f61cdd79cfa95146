using System.Text.Json;
using System.Text.Json.Nodes;
using FeedWatch.Benchmarks.Ingest;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// The CLI's config beside the database: its path, the generated feeds and the sample config's two
/// watch rules, copied rather than retyped so that the rule versions stored on items are the ones
/// <c>feedwatch rules</c> computes.
/// </summary>
internal static class BenchConfig
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string FeedId(int number) => $"feed-{number:000}";

    public static string FeedUrl(string feedId) => $"https://{feedId}.example/rss";

    /// <returns>The config as the CLI will read it, validated.</returns>
    public static FeedWatchOptions Write(string configPath, string databasePath, int feeds)
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleConfig))
            ?? throw new IngestSetupException($"{RepositoryPaths.SampleConfig} is empty.");
        var config = new JsonObject
        {
            ["Storage"] = new JsonObject { ["Path"] = databasePath },
            ["Feeds"] = new JsonArray(Enumerable.Range(1, feeds)
                .Select(number => (JsonNode)new JsonObject { ["Id"] = FeedId(number), ["Url"] = FeedUrl(FeedId(number)) })
                .ToArray()),
            ["Watch"] = sample["Watch"]?.DeepClone() ?? throw new IngestSetupException($"{RepositoryPaths.SampleConfig} has no Watch section."),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(configPath)!);
        File.WriteAllText(configPath, config.ToJsonString(Indented));

        var loaded = ConfigLoader.Load(configPath);
        if (!loaded.IsValid)
        {
            throw new IngestSetupException($"The generated config {configPath} is invalid: {string.Join("; ", loaded.Errors)}");
        }

        return loaded.Options!;
    }
}

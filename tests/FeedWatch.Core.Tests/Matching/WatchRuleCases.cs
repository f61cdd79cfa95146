using System.Text.Json;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Matching;

/// <summary>The shared labelled cases: <c>watch/rules.json</c> and one case per line of <c>watch/cases.jsonl</c>.</summary>
internal static class WatchRuleCases
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<WatchRuleDefinition> Rules { get; } = LoadRules();

    public static IReadOnlyDictionary<string, WatchCase> Cases { get; } = LoadCases();

    private static List<WatchRuleDefinition> LoadRules()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Watch, "rules.json")));
        return document.RootElement.GetProperty("Watch").Deserialize<List<WatchRuleDefinition>>(JsonOptions)
            ?? throw new InvalidDataException("rules.json has no Watch array.");
    }

    private static Dictionary<string, WatchCase> LoadCases() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Watch, "cases.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<WatchCase>(line, JsonOptions)!)
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
}

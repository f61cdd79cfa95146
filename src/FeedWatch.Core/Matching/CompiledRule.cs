using System.Text.RegularExpressions;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Core.Matching;

/// <summary>A rule as the matcher uses it: its fields as a set, its patterns compiled with their timeout.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(WatchRuleDefinition definition)
    {
        Name = definition.Name;
        Version = WatchRuleVersion.Of(definition);
        Fields = definition.Fields.Count == 0
            ? null
            : definition.Fields.Select(f => f.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var options = RegexOptions.CultureInvariant | (definition.CaseSensitive == true ? RegexOptions.None : RegexOptions.IgnoreCase);
        Patterns = definition.Patterns.Select(p => new Regex(p, options, definition.PatternTimeout)).ToList();
    }

    public string Name { get; }

    public string Version { get; }

    /// <summary>Null: every field.</summary>
    public IReadOnlySet<string>? Fields { get; }

    public IReadOnlyList<Regex> Patterns { get; }

    public bool Reads(string field) => Fields is null || Fields.Contains(field);
}

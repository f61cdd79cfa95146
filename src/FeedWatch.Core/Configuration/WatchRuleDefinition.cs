namespace FeedWatch.Core.Configuration;

public sealed class WatchRuleDefinition
{
    public string Name { get; set; } = "";

    /// <summary>Phrases and aliases; any one of them flags the item.</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>Any of these in the item vetoes this rule (and only this rule).</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>Null: case-insensitive, except short all-capitals acronyms such as <c>TTP</c>.</summary>
    public bool? CaseSensitive { get; set; }
}

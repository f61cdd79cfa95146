namespace FeedWatch.Core.Configuration;

public sealed class WatchRuleDefinition
{
    public string Name { get; set; } = "";

    /// <summary>Phrases and aliases; any one of them flags the item.</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>Any of these in the item vetoes this rule (and only this rule).</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>Regular expressions (.NET syntax) over each field's plain text; any match flags the item.</summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>How long one pattern may run on one field before it counts as no match.</summary>
    public TimeSpan PatternTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Fields the rule looks at: <c>title</c>, <c>summary</c>, <c>content</c>, <c>categories</c>. Empty: all four.</summary>
    public List<string> Fields { get; set; } = [];

    /// <summary>Null: case-insensitive, except short all-capitals acronyms such as <c>TTP</c>.</summary>
    public bool? CaseSensitive { get; set; }

    /// <summary>Optional http(s) URL that receives a JSON POST for every item newly flagged by this rule.</summary>
    public string? Webhook { get; set; }

    /// <summary>
    /// True: alert (log event and webhook) for every copy of a story this rule flags. Default: once
    /// per story, when its first flagged item is stored.
    /// </summary>
    public bool AlertEveryCopy { get; set; }
}

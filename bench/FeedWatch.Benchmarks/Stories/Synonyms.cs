namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// Words that outlets choose differently for the same fact ("martyred" in Pakistani papers, "killed" on
/// the wires). Each feed has a house choice for every class; a report departs from it now and then.
/// </summary>
internal static class Synonyms
{
    private static readonly (string Name, string[] Words)[] Classes =
    [
        ("killed", ["killed", "martyred", "slain"]),
        ("killing", ["killing", "claiming the lives of"]),
        ("injured", ["injured", "wounded", "hurt"]),
        ("injuring", ["injuring", "wounding"]),
        ("attack", ["attack", "assault", "raid"]),
        ("attacks", ["attacks", "assaults", "raids"]),
        ("attackv", ["attack", "storm", "raid"]),
        ("attacked", ["attacked", "stormed", "targeted"]),
        ("attackers", ["militants", "terrorists", "gunmen", "assailants", "attackers"]),
        ("militants", ["militants", "terrorists", "insurgents", "khawarij"]),
        ("officials", ["officials", "police", "sources", "authorities"]),
        ("said", ["said", "confirmed", "reported", "added"]),
        ("search", ["search operation", "clearance operation", "combing operation"]),
        ("launched", ["launched", "started", "initiated"]),
        ("shifted", ["shifted", "taken", "rushed"]),
        ("blast", ["blast", "explosion", "bombing"]),
        ("forces", ["security forces", "troops", "security personnel"]),
        ("arrested", ["arrested", "apprehended", "detained", "held"]),
        ("arrests", ["arrests", "nabs", "detains"]),
        ("abducted", ["abducted", "kidnapped", "seized"]),
        ("abduct", ["abduct", "kidnap", "seize"]),
        ("protest", ["protest", "sit-in", "demonstration"]),
        ("criticises", ["criticises", "slams", "lashes out at"]),
        ("criticised", ["criticised", "slammed", "lambasted"]),
        ("rises", ["rises", "climbs", "jumps"]),
        ("meets", ["meets", "calls on", "holds talks with"]),
        ("beat", ["beat", "defeat", "overpower"]),
    ];

    private static readonly Dictionary<string, int> IndexByName =
        Classes.Select((entry, index) => (entry.Name, index)).ToDictionary(pair => pair.Name, pair => pair.index, StringComparer.Ordinal);

    public static int Count => Classes.Length;

    /// <summary>A house style: one choice per class.</summary>
    public static int[] NewStyle(Random random) => Classes.Select(entry => random.Next(entry.Words.Length)).ToArray();

    /// <summary>The house style, with each choice made afresh with probability <paramref name="drift"/>.</summary>
    public static int[] Drift(Random random, int[] style, double drift) =>
        style.Select((choice, i) => random.NextDouble() < drift ? random.Next(Classes[i].Words.Length) : choice).ToArray();

    public static string Word(string name, int[] style)
    {
        var i = IndexByName.TryGetValue(name, out var index) ? index : throw new ArgumentException($"No synonym class [{name}].", nameof(name));
        return Classes[i].Words[style[i] % Classes[i].Words.Length];
    }
}

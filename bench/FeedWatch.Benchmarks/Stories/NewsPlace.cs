namespace FeedWatch.Benchmarks.Stories;

/// <summary>A district or city that generated events happen in, with the facts its copy names beside it.</summary>
/// <param name="Border">On a border: cross-border firing happens here and nowhere else.</param>
/// <param name="City">Where the general (non-security) news of a capital or big city is datelined.</param>
/// <param name="Villages">Localities inside it, a dozen each, so two events in one district now and then share one.</param>
internal sealed record NewsPlace(string Name, string Province, string Country, bool Border, bool City, IReadOnlyList<string> Villages)
{
    public string Hospital => $"the District Headquarters Hospital in {Name}";
}

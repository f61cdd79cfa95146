using Microsoft.Extensions.Configuration;

namespace FeedWatch.Core.Configuration;

/// <summary>A bound configuration with relative paths made absolute, or every problem found in it.</summary>
public sealed record ConfigLoadResult(
    string ConfigPath,
    IConfigurationRoot? Configuration,
    FeedWatchOptions? Options,
    IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Options is not null;
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace FeedWatch.Core.Configuration;

/// <summary>The JSON file source, with a provider that knows each section's children (<see cref="IndexedJsonConfigurationProvider"/>).</summary>
internal sealed class IndexedJsonConfigurationSource : JsonConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new IndexedJsonConfigurationProvider(this);
    }
}

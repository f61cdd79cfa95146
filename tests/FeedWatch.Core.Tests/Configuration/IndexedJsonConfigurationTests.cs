using FeedWatch.Core.Configuration;
using FeedWatch.Core.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace FeedWatch.Core.Tests.Configuration;

public sealed class IndexedJsonConfigurationTests
{
    /// <summary>Sections, children, their order (10 after 9) and values as the stock JSON provider gives them.</summary>
    [Fact]
    public void Read_ConfigWithManyFeedsAndNesting_GivesWhatTheStockProviderGives()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "feedwatch.json");
        var feeds = string.Join(",", Enumerable.Range(0, 12).Select(i => $$"""{ "Id": "f{{i}}", "Url": "https://example.org/{{i}}.xml", "interval": "00:10:00" }"""));
        File.WriteAllText(path, $$"""
            {
              "Storage": { "Path": "db/x.db" },
              "Feeds": [ {{feeds}} ],
              "Watch": [ { "Name": "TTP", "Terms": [ "TTP", "Pakistani Taliban" ], "Exclude": [] } ],
              "Serilog": { "WriteTo": [ { "Name": "Console", "Args": { "outputTemplate": "{Message}" } } ] },
              "Empty": {},
              "Nothing": null
            }
            """);

        var indexed = new ConfigurationBuilder().AddFeedWatchSources(path).Build();
        var stock = new ConfigurationBuilder().AddJsonFile(path).Build();

        Assert.Equal(Flatten(stock), Flatten(indexed));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"], indexed.GetSection("feeds").GetChildren().Select(c => c.Key));
        Assert.Equal("00:10:00", indexed["Feeds:11:Interval"]);
        Assert.Empty(indexed.GetSection("Feeds:0:Id").GetChildren());
    }

    [Fact]
    public void Read_RepositoryConfig_GivesWhatTheStockProviderGives()
    {
        var path = Path.Combine(RepositoryPaths.Config, "feedwatch.json");

        Assert.Equal(Flatten(new ConfigurationBuilder().AddJsonFile(path).Build()), Flatten(new ConfigurationBuilder().AddFeedWatchSources(path).Build()));
    }

    /// <summary>Every section path with its value, walked through GetChildren as the binder walks it.</summary>
    private static List<string> Flatten(IConfiguration configuration) =>
        [.. configuration.AsEnumerable().Select(pair => $"{pair.Key}={pair.Value}")];
}

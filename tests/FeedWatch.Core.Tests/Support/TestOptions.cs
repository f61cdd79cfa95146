using FeedWatch.Core.Configuration;

namespace FeedWatch.Core.Tests.Support;

/// <summary>Options as the daemon would bind them, pointing at a temp database, with the sample watch rules.</summary>
public static class TestOptions
{
    public static FeedWatchOptions Create(string databasePath, params FeedDefinition[] feeds) => new()
    {
        Storage = new StorageOptions { Path = databasePath },
        Polling = new PollingOptions
        {
            DefaultInterval = TimeSpan.FromMinutes(15),
            Timeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(2),
            MaxBodyBytes = 1024 * 1024,
            UserAgent = "FeedWatch/test (+https://example.org/feedwatch)",
        },
        Feeds = [.. feeds],
        Watch = SampleRules(),
    };

    public static List<WatchRuleDefinition> SampleRules() =>
    [
        new() { Name = "TTP", Terms = ["TTP", "Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban", "Pakistani Taliban"] },
        new() { Name = "Afghan-Pakistan frontier", Terms = ["Afghan-Pakistan frontier", "Pak-Afghan border", "Durand Line"], Exclude = ["cricket"] },
    ];
}

using System.Globalization;
using System.Text.Json;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// What the store holds after a run, asked through the published CLI as a user would:
/// <c>feedwatch items --format json</c> (every item) and <c>feedwatch feeds --format json</c>.
/// </summary>
internal sealed record StoreCensus(int Items, int DuplicateLinks, int FeedsNotOk)
{
    private const int ItemLimit = 10_000_000;

    public static async Task<StoreCensus> TakeAsync(PublishedApps apps, string configPath, string workingDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apps);
        using var items = await CliJsonAsync(apps, ["items", "--config", configPath, "--format", "json", "--limit", ItemLimit.ToString(CultureInfo.InvariantCulture)],
            workingDirectory, cancellationToken);
        var links = items.RootElement.EnumerateArray().Select(item => item.GetProperty("link").GetString()).ToList();
        if (links.Count >= ItemLimit)
        {
            throw new IngestSetupException($"feedwatch items returned its limit of {ItemLimit} items; raise StoreCensus.ItemLimit.");
        }

        // The store's identity across feeds is the link: one story carried by two feeds is one item.
        var withLink = links.Where(link => link is not null).ToList();
        var duplicates = withLink.Count - withLink.Distinct(StringComparer.Ordinal).Count();

        using var feeds = await CliJsonAsync(apps, ["feeds", "--config", configPath, "--format", "json"], workingDirectory, cancellationToken);
        var notOk = feeds.RootElement.EnumerateArray().Count(feed => feed.GetProperty("status").GetString() != "ok");
        return new StoreCensus(links.Count, duplicates, notOk);
    }

    private static async Task<JsonDocument> CliJsonAsync(PublishedApps apps, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var run = await ChildProcess.RunAsync(ChildProcess.Dotnet, [apps.Cli, .. arguments], workingDirectory, cancellationToken);
        return JsonDocument.Parse(run.ThrowIfFailed().Output);
    }
}

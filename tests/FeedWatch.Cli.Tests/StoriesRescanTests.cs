using System.Text.Json;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>
/// `rescan` after the story thresholds in the config change: a story the daemon formed under the
/// defaults splits under a stricter containment, and forms again when the edit is undone.
/// </summary>
public sealed class StoriesRescanTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private string DatabasePath => _temp.File("feedwatch.db");
    private string ConfigPath => _temp.File("feedwatch.json");

    public async Task InitializeAsync()
    {
        await using var builder = await FeedDatabaseBuilder.StartAsync(DatabasePath);
        await builder.PollAsync("wire", CliRun.Now.AddHours(-3),
            new TestEntry("Militants attack checkpost in Bajaur, two soldiers martyred", "https://wire.example/bajaur",
                Description: "Militants attacked a security checkpost in the Mamund area of Bajaur district on Tuesday night, killing two soldiers, the military's media wing said.",
                PubDate: "Mon, 02 Nov 2026 09:00:00 GMT"));
        await builder.PollAsync("daily", CliRun.Now.AddHours(-2),
            new TestEntry("Two soldiers martyred as militants storm Bajaur checkpost", "https://daily.example/2211",
                Description: "Two soldiers were martyred when militants attacked a security checkpost in Bajaur's Mamund area on Tuesday night, the media wing said.",
                PubDate: "Mon, 02 Nov 2026 10:00:00 GMT"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private async Task<CliResult> RunAsync(double minContainment, params string[] args)
    {
        await File.WriteAllTextAsync(ConfigPath, $$"""
            {
              "Storage": { "Path": "{{JsonEncodedText.Encode(DatabasePath)}}" },
              "Stories": { "MinContainment": {{minContainment.ToString(System.Globalization.CultureInfo.InvariantCulture)}} },
              "Watch": [ { "Name": "TTP", "Terms": [ "TTP" ] } ]
            }
            """);
        return await CliRun.RunAsync([.. args, "--config", ConfigPath]);
    }

    private async Task<List<int>> StoryItemCounts(double minContainment) =>
        [.. (await RunAsync(minContainment, "stories", "--format", "json")).Json().EnumerateArray().Select(story => story.GetProperty("itemCount").GetInt32())];

    [Fact]
    public async Task Rescan_StricterThenDefaultContainment_SplitsTheStoryThenFormsItAgain()
    {
        Assert.Equal([2], await StoryItemCounts(0.5));

        var strict = await RunAsync(0.95, "rescan", "--format", "json");

        Assert.Equal(0, strict.ExitCode);
        var stories = strict.Json().GetProperty("stories");
        Assert.Equal(2, stories.GetProperty("scanned").GetInt32());
        Assert.Equal(1, stories.GetProperty("moved").GetInt32());
        Assert.Equal(0, stories.GetProperty("multiItemStories").GetInt32());
        Assert.Equal([1, 1], await StoryItemCounts(0.95));

        var undone = await RunAsync(0.5, "rescan");

        Assert.Contains("Stories: 1 of 2 items changed story; 1 stories have two or more items.", undone.Out, StringComparison.Ordinal);
        Assert.Equal([2], await StoryItemCounts(0.5));
    }
}

using System.Text.Json;
using FeedWatch.Cli.Tests.Support;

namespace FeedWatch.Cli.Tests;

public sealed class ListFormatTests(NewsroomDatabase db) : IClassFixture<NewsroomDatabase>
{
    [Theory]
    [InlineData("items")]
    [InlineData("feeds")]
    public async Task ListVerb_Piped_DefaultsToOneJsonObjectPerLine(string verb)
    {
        var piped = await CliRun.RunPipedAsync(verb, "--db", db.Path);
        var array = await db.RunAsync(verb, "--format", "json");

        var lines = piped.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, piped.ExitCode);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        Assert.Equal(array.Json().GetArrayLength(), lines.Length);
    }

    [Fact]
    public async Task Items_NdjsonOnATerminal_IsThereWhenAskedFor()
    {
        var result = await db.RunAsync("items", "--format", "ndjson", "--limit", "2");

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));
    }
}

using FeedWatch.Cli.Tests.Support;

namespace FeedWatch.Cli.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NoColorEnvironment
{
    public const string Name = "NO_COLOR set for the process";
}

/// <summary>NO_COLOR is read from the process environment, so these run alone.</summary>
[Collection(NoColorEnvironment.Name)]
public sealed class StatsColourTests(StatsDatabase db) : IClassFixture<StatsDatabase>
{
    [Fact]
    public async Task Table_OnATerminalWithNoColor_HasNoEscapeSequence()
    {
        var previous = Environment.GetEnvironmentVariable("NO_COLOR");
        Environment.SetEnvironmentVariable("NO_COLOR", "1");
        try
        {
            var result = await db.RunAsync("stats");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("TTP (rule): 4 items", result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NO_COLOR", previous);
        }
    }
}

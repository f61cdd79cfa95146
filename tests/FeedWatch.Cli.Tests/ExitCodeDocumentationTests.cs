using System.Reflection;
using FeedWatch.Cli.Tests.Support;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Cli.Tests;

/// <summary>Scripts branch on exit codes, so every code must be stated in --help and the README, and no code left out.</summary>
public sealed class ExitCodeDocumentationTests
{
    public static TheoryData<int, string> Documented { get; } = new()
    {
        { 0, "success" },
        { 1, "unexpected error" },
        { 2, "usage or config error" },
        { 3, "database unavailable" },
        { 4, "probe" },
        { 5, "unhealthy" },
    };

    [Fact]
    public void EveryExitCode_IsInTheDocumentedList()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(int))
            .Select(field => (int)field.GetRawConstantValue()!)
            .Order();

        Assert.Equal(Documented.Select(row => (int)row[0]).Order(), codes);
    }

    [Theory]
    [MemberData(nameof(Documented))]
    public async Task RootHelp_StatesTheCode(int code, string meaning)
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{code} {meaning}", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documented))]
    public void Readme_StatesTheCode(int code, string meaning)
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains(readme, line => line.StartsWith($"- `{code}` {meaning}", StringComparison.Ordinal));
    }
}

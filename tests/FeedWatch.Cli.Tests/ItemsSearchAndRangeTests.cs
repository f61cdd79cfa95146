using FeedWatch.Cli.Tests.Support;
using static FeedWatch.Cli.Tests.Support.NewsroomDatabase;

namespace FeedWatch.Cli.Tests;

public sealed class ItemsSearchAndRangeTests(NewsroomDatabase db) : IClassFixture<NewsroomDatabase>
{
    private async Task<List<string>> Titles(params string[] args)
    {
        var result = await db.RunAsync(["items", "--format", "json", .. args]);
        Assert.Equal(0, result.ExitCode);
        return result.Json().EnumerateArray().Select(item => item.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task Search_Phrase_FindsItAnyCaseInTitleOrText()
    {
        Assert.Equal([TorkhamTitle], await Titles("--search", "\"durand line\""));
        Assert.Equal([StatementTitle], await Titles("--search", "\"four pages\"")); // in the content only
    }

    [Fact]
    public async Task Search_SeveralWords_AllMustOccur()
    {
        Assert.Equal([StatementTitle], await Titles("--search", "taliban rejects"));
        Assert.Empty(await Titles("--search", "taliban torkham"));
    }

    [Fact]
    public async Task Search_Acronym_IsAWholeWord()
    {
        Assert.DoesNotContain(PortalTitle, await Titles("--search", "TTP"));
        Assert.Contains(BajaurTitle, await Titles("--search", "TTP"));
    }

    [Fact]
    public async Task Search_NoWords_IsAUsageError()
    {
        var result = await db.RunAsync("items", "--search", "--");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--search", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Until_KeepsOnlyItemsFirstSeenBefore()
    {
        var before = await Titles("--until", "2026-11-01");

        Assert.NotEmpty(before);
        Assert.DoesNotContain(StatementTitle, before);
        Assert.Equal(await Titles("--feed", "alpha"), before);
    }

    [Fact]
    public async Task SortOldest_ReversesTheOrder()
    {
        var newest = await Titles("--limit", "100");

        Assert.Equal(Enumerable.Reverse(newest), await Titles("--sort", "oldest", "--limit", "100"));
    }
}

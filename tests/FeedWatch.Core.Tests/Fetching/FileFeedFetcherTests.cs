using FeedWatch.Core.Fetching;
using FeedWatch.Core.Tests.Support;

namespace FeedWatch.Core.Tests.Fetching;

public sealed class FileFeedFetcherTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly PipelineFactory _pipeline;

    public FileFeedFetcherTests() => _pipeline = new PipelineFactory(TestOptions.Create(_temp.File("file.db")), TimeProvider.System);

    public void Dispose()
    {
        _pipeline.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task FetchAsync_UnchangedFile_IsNotModifiedOnSecondFetch()
    {
        var path = _temp.File("feed.xml");
        await File.WriteAllTextAsync(path, RssBuilder.Feed("local"));

        var first = Assert.IsType<FetchResult.Content>(await _pipeline.Fetcher.FetchAsync(new FetchRequest(new Uri(path), null, null), CancellationToken.None));
        var second = await _pipeline.Fetcher.FetchAsync(new FetchRequest(new Uri(path), null, first.LastModified), CancellationToken.None);

        Assert.IsType<FetchResult.NotModified>(second);
    }

    [Fact]
    public async Task FetchAsync_MissingFile_IsFileFailureNamingThePath()
    {
        var path = _temp.File("absent.xml");

        var failure = Assert.IsType<FetchResult.Failure>(await _pipeline.Fetcher.FetchAsync(new FetchRequest(new Uri(path), null, null), CancellationToken.None));

        Assert.Equal(FetchFailureKind.File, failure.Kind);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }
}

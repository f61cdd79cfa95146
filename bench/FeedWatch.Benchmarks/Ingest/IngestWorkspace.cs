namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// A scratch folder for one benchmark run, deleted at the end unless kept. config/ and data/ are
/// siblings as in the repository: the host watches the config folder for changes, so a database
/// inside it would turn every LiteDB write into file-watcher work (2.7 % of a cold run's CPU in a trial).
/// </summary>
internal sealed class IngestWorkspace : IDisposable
{
    private readonly bool _keep;

    private IngestWorkspace(string root, bool keep)
    {
        Root = root;
        _keep = keep;
    }

    public string Root { get; }

    public string Feeds => Path.Combine(Root, "feeds");

    /// <summary>Where the M+K-item generation that gives the expected count after the shift goes.</summary>
    public string UnionFeeds => Path.Combine(Root, "union");

    public string Binaries => Path.Combine(Root, "bin");

    public string Config => Path.Combine(Root, "config", "feedwatch.json");

    public string StartupConfig => Path.Combine(Root, "config", "startup.json");

    public string PortFile => Path.Combine(Root, "serve.port");

    public static IngestWorkspace Create(bool keep) => new(Directory.CreateTempSubdirectory("feedwatch-ingest-").FullName, keep);

    public void Dispose()
    {
        if (!_keep)
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

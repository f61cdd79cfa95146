namespace FeedWatch.Core.Configuration;

public sealed class StorageOptions
{
    /// <summary>LiteDB file. A relative path is resolved against the config file's directory.</summary>
    public string Path { get; set; } = "../data/feedwatch.db";
}

namespace FeedWatch.Core.Storage;

/// <summary>The heartbeat, in a small <c>meta</c> collection of its own beside the items.</summary>
public sealed partial class LiteDbItemStore
{
    private const string MetaCollection = "meta";

    public void SaveHeartbeat(Heartbeat heartbeat)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        heartbeat.Id = Heartbeat.Key;
        lock (_gate)
        {
            _database.GetCollection<Heartbeat>(MetaCollection).Upsert(heartbeat);
        }
    }

    public Heartbeat? GetHeartbeat()
    {
        lock (_gate)
        {
            return _database.GetCollection<Heartbeat>(MetaCollection).FindById(Heartbeat.Key);
        }
    }
}

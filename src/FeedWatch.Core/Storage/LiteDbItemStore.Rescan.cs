namespace FeedWatch.Core.Storage;

/// <summary>What re-matching stored items and counting rule hits need.</summary>
public sealed partial class LiteDbItemStore
{
    public IReadOnlyList<StoredItem> ItemsAfter(int afterId, DateTime? since, int limit)
    {
        lock (_gate)
        {
            var query = _items.Query().Where(item => item.Id > afterId);
            if (since is { } from)
            {
                query = query.Where(item => item.FirstSeen >= from);
            }

            return query.OrderBy(item => item.Id).Limit(limit).ToList();
        }
    }

    public void ReplaceMatches(IReadOnlyDictionary<int, List<StoredMatch>> matchesByItemId)
    {
        ArgumentNullException.ThrowIfNull(matchesByItemId);
        lock (_gate)
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                // Read again inside the transaction: the daemon may have updated the item's text since
                // the rescan read it, and only the matches are the rescan's to change.
                foreach (var (id, matches) in matchesByItemId)
                {
                    if (_items.FindById(id) is { } item)
                    {
                        item.Matches = matches;
                        item.Flagged = matches.Count > 0;
                        _items.Update(item);
                    }
                }

                if (!_database.Commit())
                {
                    throw new InvalidOperationException($"The rescan's update of {matchesByItemId.Count} items was rolled back by LiteDB.");
                }
            }
            catch
            {
                _database.Rollback();
                throw;
            }
        }
    }

    public int CountFlagged(string rule, DateTime since)
    {
        lock (_gate)
        {
            return _items.Query()
                .Where("$.Matches[*].Rule ANY = @0", rule)
                .Where(item => item.FirstSeen >= since)
                .Count();
        }
    }
}

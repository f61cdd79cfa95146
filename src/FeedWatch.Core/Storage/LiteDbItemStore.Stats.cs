namespace FeedWatch.Core.Storage;

/// <summary>Per-day counts for <c>feedwatch stats</c>, and their one-time rebuild for files written before they existed.</summary>
public sealed partial class LiteDbItemStore
{
    public IReadOnlyList<DailyCount> GetDailyCounts(DateTime fromDay, DateTime toDay)
    {
        var from = DailyCountDocument.IdOf(fromDay);
        var to = DailyCountDocument.IdOf(toDay);
        lock (_gate)
        {
            return _daily.Find(LiteDB.Query.Between("_id", from, to)).SelectMany(DailyCountDocument.Counts).ToList();
        }
    }

    /// <summary>Whether items exist that the counters have never seen (a file from before them).</summary>
    public bool DailyCountsMissing()
    {
        lock (_gate)
        {
            // Files from before the counters, or from before they were kept a document a day, have no totals.
            return _itemDocuments.Exists("_id > 0") && _daily.FindById(DailyCountDocument.TotalId) is null;
        }
    }

    /// <summary>Recounts every stored item, a page at a time.</summary>
    public void RebuildDailyCounts()
    {
        lock (_gate)
        {
            _daily.DeleteAll();
            var afterId = 0;
            while (true)
            {
                var page = ItemsAfter(afterId, since: null, 5_000);
                if (page.Count == 0)
                {
                    return;
                }

                var counts = new DailyCountChanges();
                foreach (var item in page)
                {
                    counts.AddItem(item, item.Sources[0], newToStore: true);
                    foreach (var feed in item.Sources.Skip(1))
                    {
                        counts.Add(item.FirstSeen, DailyCount.FeedKind, feed, 1);
                    }
                }

                counts.WriteTo(_daily);
                afterId = page[^1].Id;
            }
        }
    }
}

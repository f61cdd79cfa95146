namespace FeedWatch.Core.Storage;

/// <summary>
/// Group commit for the store. In LiteDB's shared mode every transaction opens the file, commits,
/// checkpoints and fsyncs; at hundreds of feeds that, not the data, is the cost. Polls that finish
/// while a write is under way queue here, and the poll that found the writer idle commits the whole
/// queue in one transaction, then any that queued meanwhile, and so on. No background thread: a
/// write always happens on some poll's own thread, and each caller learns its own result.
/// </summary>
public sealed class GroupCommitWriter(IItemStore store)
{
    // One transaction is one LiteDB lock that CLI readers wait behind (DEPENDENCY-NOTES.md), so
    // batches stay a few polls' worth of work.
    private const int MaxBatch = 32;

    private readonly Lock _queueLock = new();
    private readonly List<Pending> _queue = [];
    private bool _writing;

    public Task<IngestResult> IngestAsync(IngestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pending = new Pending(request);
        lock (_queueLock)
        {
            _queue.Add(pending);
            if (_writing)
            {
                return pending.Result.Task;
            }

            _writing = true;
        }

        WriteUntilIdle();
        return pending.Result.Task;
    }

    private void WriteUntilIdle()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_queueLock)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _queue.GetRange(0, Math.Min(_queue.Count, MaxBatch));
                _queue.RemoveRange(0, batch.Count);
            }

            Write(batch);
        }
    }

    private void Write(List<Pending> batch)
    {
        try
        {
            var results = store.IngestBatch(batch.Select(p => p.Request).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.SetResult(results[i]);
            }
        }
#pragma warning disable CA1031 // Whatever failed, each poll must get its own outcome; one bad write must not fail its batch-mates.
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var pending in batch)
            {
                Write([pending]);
            }
        }
        catch (Exception ex)
#pragma warning restore CA1031
        {
            batch[0].Result.SetException(ex);
        }
    }

    private sealed record Pending(IngestRequest Request)
    {
        public TaskCompletionSource<IngestResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

namespace FeedWatch.Core.Storage;

/// <summary>
/// Group commit for the store. In LiteDB's shared mode every transaction opens the file, commits,
/// checkpoints and fsyncs; at hundreds of feeds that, not the data, is the cost. Polls that finish
/// while a write is under way queue here, and the poll that found the writer idle commits the whole
/// queue in one transaction, then any that queued meanwhile, and so on. No background thread: a
/// write always happens on some poll's own thread, and each caller learns its own result.
/// </summary>
public sealed class GroupCommitWriter(IItemStore store) : IDisposable
{
    // One transaction is one LiteDB lock that CLI readers wait behind (DEPENDENCY-NOTES.md), and each
    // opens the file afresh (its page cache, its checkpoint): fewer, larger ones are cheaper per item.
    // Sized by entries, not polls, so that one 500-item feed does not make a batch ten times longer.
    private const int MaxBatchEntries = 2_000;

    // Polls queue here after they leave the poll gate, so without a bound every feed of a cold start
    // would sit parsed in memory at once. Two batches' worth keeps the writer busy and memory flat.
    private const int MaxQueued = 32;

    private readonly Lock _queueLock = new();
    private readonly List<Pending> _queue = [];
    private readonly SemaphoreSlim _room = new(MaxQueued);
    private bool _writing;

    /// <param name="request">The poll's write.</param>
    /// <param name="releaseOnceQueued">
    /// What the caller holds only until its write is queued (a poll's gate pass): while the queue is
    /// full it stays held, so polls wait to fetch rather than pile up parsed in memory.
    /// </param>
    public async Task<IngestResult> IngestAsync(IngestRequest request, IDisposable? releaseOnceQueued = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pending = new Pending(request);
        await _room.WaitAsync();
        bool becameWriter;
        lock (_queueLock)
        {
            _queue.Add(pending);
            becameWriter = !_writing;
            _writing = true;
        }

        releaseOnceQueued?.Dispose();

        if (becameWriter)
        {
            WriteUntilIdle();
        }

        return await pending.Result.Task;
    }

    public void Dispose() => _room.Dispose();

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

                batch = TakeBatch();
            }

            _room.Release(batch.Count);

            Write(batch);
        }
    }

    private List<Pending> TakeBatch()
    {
        var taken = 1;
        var entries = _queue[0].Request.Items.Count;
        while (taken < _queue.Count && entries + _queue[taken].Request.Items.Count <= MaxBatchEntries)
        {
            entries += _queue[taken].Request.Items.Count;
            taken++;
        }

        var batch = _queue.GetRange(0, taken);
        _queue.RemoveRange(0, taken);
        return batch;
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

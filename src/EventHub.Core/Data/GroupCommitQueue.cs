using System.Collections.Concurrent;

namespace EventHub.Core.Data;

/// <summary>
/// Group commit: items queued by many requests are written by one writer thread, in batches of
/// whatever has arrived meanwhile, so that one transaction and one disk flush serve them all. The
/// writer is a thread of its own rather than a thread-pool task: under load, a task waits in the
/// thread pool's queue behind the very requests that are waiting for it, and everybody's latency
/// grows with that queue. The thread starts with the first item.
/// </summary>
public sealed class GroupCommitQueue<T>(string name, int maxBatch, Action<IReadOnlyList<T>> writeBatch, Action<IReadOnlyList<T>, Exception> failBatch) : IDisposable
{
    private readonly BlockingCollection<T> _queue = new();
    private readonly Lock _start = new();
    private Thread? _writer;

    /// <summary>Queues the item; the batch writer completes it.</summary>
    public void Add(T item)
    {
        if (_writer is null)
        {
            lock (_start)
            {
                if (_writer is null)
                {
                    var writer = new Thread(WriteLoop) { IsBackground = true, Name = name };
                    writer.Start();
                    _writer = writer;
                }
            }
        }
        try
        {
            _queue.Add(item);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(name);
        }
    }

    private void WriteLoop()
    {
        var batch = new List<T>(maxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < maxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }
            try
            {
                writeBatch(batch);
            }
            catch (Exception exception)
            {
                failBatch(batch, exception);
            }
            batch.Clear();
        }
    }

    /// <summary>Takes no more items; those already queued are still written.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer?.Join(TimeSpan.FromSeconds(5));
    }
}

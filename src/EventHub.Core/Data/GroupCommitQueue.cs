using System.Collections.Concurrent;

namespace EventHub.Core.Data;

/// <summary>
/// Group commit: items queued by many requests are written by one writer thread, in batches of
/// whatever has arrived meanwhile, so that one transaction and one disk flush serve them all. The
/// writer is a thread of its own rather than a thread-pool task: under load, a task waits in the
/// thread pool's queue behind the very requests that are waiting for it, and everybody's latency
/// grows with that queue. The thread starts with the first item.
/// Items that nobody stands waiting for (<c>later</c>: scans a door queued offline and sends in bulk) go in a
/// second lane: a batch takes every waiting urgent item first and at most <paramref name="maxLaterPerBatch"/> of
/// them, so that a thousand of them arriving at once delay an urgent item by one small batch, not by all of them.
/// </summary>
public sealed class GroupCommitQueue<T>(string name, int maxBatch, Action<IReadOnlyList<T>> writeBatch, Action<IReadOnlyList<T>, Exception> failBatch,
    int maxLaterPerBatch = int.MaxValue) : IDisposable
{
    private readonly ConcurrentQueue<T> _urgent = new();
    private readonly ConcurrentQueue<T> _later = new();
    // One count per queued item, plus one when the queue is disposed (it wakes the writer to finish).
    private readonly SemaphoreSlim _items = new(0);
    private readonly Lock _start = new();
    private volatile bool _closed;
    private Thread? _writer;

    /// <summary>Queues the item; the batch writer completes it. A <paramref name="later"/> item yields to urgent ones.</summary>
    public void Add(T item, bool later = false)
    {
        if (_closed)
        {
            throw new ObjectDisposedException(name);
        }
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
        (later ? _later : _urgent).Enqueue(item);
        _items.Release();
    }

    private void WriteLoop()
    {
        var batch = new List<T>(maxBatch);
        var closing = false;
        while (!closing)
        {
            _items.Wait();
            var laterTaken = 0;
            // Each count taken stands for an item already queued; one without an item is the disposal's.
            if (!TryTake(ref laterTaken, out var first))
            {
                return;
            }
            batch.Add(first);
            while (batch.Count < maxBatch && !(_urgent.IsEmpty && laterTaken >= maxLaterPerBatch) && _items.Wait(0))
            {
                if (!TryTake(ref laterTaken, out var next))
                {
                    closing = true;
                    break;
                }
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

    private bool TryTake(ref int laterTaken, out T item)
    {
        if (_urgent.TryDequeue(out item!))
        {
            return true;
        }
        if (_later.TryDequeue(out item!))
        {
            laterTaken++;
            return true;
        }
        return false;
    }

    /// <summary>Takes no more items; those already queued are still written.</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _items.Release();
        _writer?.Join(TimeSpan.FromSeconds(5));
    }
}

using EventHub.Core.Data;

namespace EventHub.Tests.Data;

public sealed class GroupCommitQueueTests
{
    [Fact]
    public async Task An_urgent_item_queued_behind_a_bulk_of_later_ones_goes_in_the_next_batch_and_every_item_is_written_once()
    {
        var batches = new List<List<string>>();
        using var firstBatchStarted = new ManualResetEventSlim();
        using var releaseFirstBatch = new ManualResetEventSlim();
        var allWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = 0;
        using (var queue = new GroupCommitQueue<string>("test writer", maxBatch: 128, batch =>
        {
            lock (batches)
            {
                batches.Add([.. batch]);
            }
            if (batches.Count == 1)
            {
                firstBatchStarted.Set();
                releaseFirstBatch.Wait(TimeSpan.FromSeconds(10));
            }
            if (Interlocked.Add(ref written, batch.Count) == 102)
            {
                allWritten.SetResult();
            }
        }, (_, exception) => allWritten.TrySetException(exception), maxLaterPerBatch: 8))
        {
            queue.Add("live 1");
            Assert.True(firstBatchStarted.Wait(TimeSpan.FromSeconds(10)));
            // While the writer is busy, a sync arrives, then a live scan.
            for (var i = 0; i < 100; i++)
            {
                queue.Add($"offline {i}", later: true);
            }
            queue.Add("live 2");
            releaseFirstBatch.Set();
            await allWritten.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(["live 1"], batches[0]);
        Assert.Equal("live 2", batches[1][0]);
        Assert.All(batches.Skip(1), b => Assert.InRange(b.Count(i => i.StartsWith("offline")), 0, 8));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"offline {i}"), batches.SelectMany(b => b).Where(i => i.StartsWith("offline")));
    }
}

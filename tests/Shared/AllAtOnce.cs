namespace EventHub.Testing;

/// <summary>
/// Runs N operations truly at the same time, for race tests: each starts on the thread pool and waits
/// at a gate that opens only when the last one has arrived, so none gets a head start while the others
/// are still being scheduled. The wait is asynchronous: no pool thread is held while the gate is shut.
/// </summary>
public static class AllAtOnce
{
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> operation)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = count;
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            if (Interlocked.Decrement(ref waiting) == 0)
            {
                gate.SetResult();
            }
            await gate.Task;
            return await operation(i);
        })).ToList();
        return await Task.WhenAll(tasks);
    }

    public static async Task<T[]> RunAsync<TItem, T>(IReadOnlyList<TItem> items, Func<TItem, Task<T>> operation) =>
        await RunAsync(items.Count, i => operation(items[i]));
}

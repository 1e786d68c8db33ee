namespace EventHub.Core.Data;

/// <summary>
/// Lets one write transaction at a time into the database when the engine has a single writer.
/// SQLite allows one writer per file; Microsoft.Data.Sqlite answers a locked file by sleeping and
/// retrying, so letting writers queue here instead keeps latency in milliseconds (ADR 1 has the
/// figures). The server databases (SQL Server, PostgreSQL) need no gate.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim? _semaphore;

    public WriteGate(DatabaseSettings settings) =>
        _semaphore = settings.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Releaser> EnterAsync(CancellationToken ct = default)
    {
        if (_semaphore is not null)
        {
            await _semaphore.WaitAsync(ct);
        }
        return new Releaser(_semaphore);
    }

    /// <summary>For a writer on its own thread, which blocks rather than awaits.</summary>
    public Releaser Enter()
    {
        _semaphore?.Wait();
        return new Releaser(_semaphore);
    }

    public readonly struct Releaser(SemaphoreSlim? semaphore) : IDisposable
    {
        public void Dispose() => semaphore?.Release();
    }
}

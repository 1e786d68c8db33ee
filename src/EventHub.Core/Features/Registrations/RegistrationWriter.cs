using EventHub.Core.Data;
using EventHub.Core.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// Registrations are written with group commit: those that arrive together are decided one after the
/// other in one transaction, each under its own savepoint, and one commit (one disk flush at
/// synchronous=FULL) makes them all durable. Every seat is still taken by the same conditional UPDATEs
/// (<see cref="RegistrationCommands"/>), so quotas hold exactly as with one transaction each; what
/// changes is that a crowd opening registration no longer queues behind one flush per person.
/// </summary>
public sealed class RegistrationWriter(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, OutboxSignal outbox) : IDisposable
{
    private const int MaxBatch = 64;
    private const string ItemSavepoint = "registration";

    private GroupCommitQueue<PendingRegistration>? _queue;

    /// <summary>
    /// Runs <paramref name="decide"/> in the writer's next transaction and gives its result once committed,
    /// or null when it met a unique index (another instance took the e-mail or the code) and must be prepared again.
    /// </summary>
    internal Task<Result<RegistrationReceipt>?> WriteAsync(Func<RegistrationCommands, Result<RegistrationReceipt>> decide, CancellationToken ct)
    {
        if (_queue is null)
        {
            Interlocked.CompareExchange(ref _queue, new GroupCommitQueue<PendingRegistration>("EventHub registration writer", MaxBatch, WriteBatch, (batch, exception) =>
            {
                foreach (var failed in batch)
                {
                    failed.Done.TrySetException(exception);
                }
            }), null);
        }
        var pending = new PendingRegistration(decide);
        _queue.Add(pending);
        return pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// On the writer's own thread. SQLite's driver completes its "async" calls synchronously, so the batch
    /// runs here from start to end; on SQL Server the thread simply waits for it.
    /// </summary>
    private void WriteBatch(IReadOnlyList<PendingRegistration> batch)
    {
        Decision[] decisions;
        using (gate.Enter())
        {
            decisions = factory.RunAsync(db => Task.FromResult<Result<Decision[]>>(DecideBatch(db, batch)), CancellationToken.None).GetAwaiter().GetResult().Value!;
        }
        outbox.Notify();
        for (var i = 0; i < batch.Count; i++)
        {
            if (decisions[i].Failure is { } failure)
            {
                batch[i].Done.TrySetException(failure);
            }
            else
            {
                batch[i].Done.TrySetResult(decisions[i].Result);
            }
        }
    }

    /// <summary>
    /// Decides each registration under its own savepoint. One that the database refuses is undone alone
    /// and the others commit: a unique index met (another instance took the e-mail or the code) is tried
    /// again by its caller, any other error fails that registration only.
    /// </summary>
    private static Decision[] DecideBatch(EventHubDbContext db, IReadOnlyList<PendingRegistration> batch)
    {
        using var commands = new RegistrationCommands(db);
        var decisions = new Decision[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            commands.Savepoint(ItemSavepoint);
            try
            {
                var result = batch[i].Decide(commands);
                if (!result.Succeeded)
                {
                    commands.RollbackTo(ItemSavepoint);
                }
                decisions[i] = new Decision(result, null);
            }
            catch (Exception exception)
            {
                commands.RollbackTo(ItemSavepoint);
                decisions[i] = new Decision(null, UniqueViolation.Is(exception) ? null : exception);
            }
            commands.Release(ItemSavepoint);
        }
        return decisions;
    }

    /// <summary>A registration's outcome in its batch: a result, null to prepare it again, or the error that failed it alone.</summary>
    private readonly record struct Decision(Result<RegistrationReceipt>? Result, Exception? Failure);

    public void Dispose() => _queue?.Dispose();

    private sealed record PendingRegistration(Func<RegistrationCommands, Result<RegistrationReceipt>> Decide)
    {
        public TaskCompletionSource<Result<RegistrationReceipt>?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

namespace EventHub.Core.Features.Mail;

/// <summary>Wakes the outbox dispatcher when a transaction has just committed a message, so mail leaves at once rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up serves every message committed since.
        }
    }

    /// <summary>True when signalled, false when the poll interval passed (a cadence only: what is due is decided with the TimeProvider).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

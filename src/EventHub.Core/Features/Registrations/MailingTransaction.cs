using EventHub.Core.Data;
using EventHub.Core.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

internal static class MailingTransaction
{
    /// <summary>
    /// Runs the work in one write transaction (<see cref="WriteTransaction.RunAsync{T}"/>) and, once it has
    /// committed, wakes the outbox so that the e-mails it queued leave at once. The caller holds the <see cref="WriteGate"/>.
    /// </summary>
    public static async Task<Result<T>> RunAndNotifyAsync<T>(this IDbContextFactory<EventHubDbContext> factory, OutboxSignal outbox,
        Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct)
    {
        var result = await factory.RunAsync(work, ct);
        if (result.Succeeded)
        {
            outbox.Notify();
        }
        return result;
    }
}

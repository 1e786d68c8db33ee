using EventHub.Core.Data;
using EventHub.Core.Domain;

namespace EventHub.Core.Features.Mail;

/// <summary>Writes the outbox's messages when they are about to be sent, from what the database holds then.</summary>
public interface IOutboxComposer
{
    /// <summary>
    /// Reads what a batch's e-mails need, in one go, and returns the function that writes each of them:
    /// its .eml bytes, or null for a message that no longer applies (its registration was cancelled or
    /// erased meanwhile, or a seat overtook its waitlist e-mail).
    /// </summary>
    Task<Func<OutboxMessage, Task<byte[]?>>> PrepareAsync(EventHubDbContext db, IReadOnlyList<OutboxMessage> messages, CancellationToken ct);
}

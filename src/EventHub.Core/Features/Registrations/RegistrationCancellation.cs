using System.Linq.Expressions;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

public sealed record CancellationReceipt(bool WasConfirmed, bool AlreadyCancelled, int? PromotedRegistrationId);

/// <summary>
/// Cancels a registration, for its attendee through the private link or for an organizer, and erases
/// one (Law 25) when its attendee asks. A cancellation frees the seat and gives it to the first person on
/// the waitlist in the same transaction (<see cref="WaitlistPromotion"/>).
/// </summary>
public sealed class RegistrationCancellation(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, OutboxSignal outbox, TimeProvider time)
{
    public Task<Result<CancellationReceipt>> CancelByTokenAsync(string token, CancellationToken ct = default)
    {
        var hash = SecureTokens.Hash(token);
        return CancelAsync(r => r.ManageTokenHash == hash && r.ErasedAt == null, erase: false, ct);
    }

    public Task<Result<CancellationReceipt>> CancelAsync(int registrationId, CancellationToken ct = default) =>
        CancelAsync(r => r.Id == registrationId, erase: false, ct);

    /// <summary>Law 25: cancels (freeing the seat for the waitlist) and wipes every personal field.</summary>
    public Task<Result<CancellationReceipt>> EraseByTokenAsync(string token, CancellationToken ct = default)
    {
        var hash = SecureTokens.Hash(token);
        return CancelAsync(r => r.ManageTokenHash == hash && r.ErasedAt == null, erase: true, ct);
    }

    private async Task<Result<CancellationReceipt>> CancelAsync(Expression<Func<Registration, bool>> find, bool erase, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            using (await gate.EnterAsync(ct))
            {
                var result = await factory.RunAndNotifyAsync<CancellationReceipt?>(outbox, async db =>
                {
                    var registration = await db.Registrations.Where(find).FirstOrDefaultAsync(ct);
                    if (registration is null)
                    {
                        return new NotFoundError("Registration.NotFound");
                    }
                    var was = registration.Status;
                    if (was == RegistrationStatus.Cancelled && !erase)
                    {
                        return new CancellationReceipt(false, true, null);
                    }
                    // Of two racing cancellations only one may free the seat: this claims the row (locked until the commit)
                    // while it still has the status just read; the other retries and finds it cancelled.
                    if (await db.Registrations.Where(r => r.Id == registration.Id && r.Status == was)
                            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, now), ct) != 1)
                    {
                        return (CancellationReceipt?)null;
                    }
                    if (erase)
                    {
                        registration.Erase(now);
                        // The e-mails kept in the outbox name the attendee too.
                        await db.OutboxMessages.Where(m => m.RegistrationId == registration.Id).ExecuteDeleteAsync(ct);
                        // So do the answers to the conference's questions.
                        await db.Answers.Where(a => a.RegistrationId == registration.Id).ExecuteDeleteAsync(ct);
                    }
                    else
                    {
                        registration.Cancel(now);
                    }
                    await db.SaveChangesAsync(ct);
                    await PersonalAgenda.ReleaseAllAsync(db, registration.Id, ct);
                    if (registration.AccessCodeId is { } code && was != RegistrationStatus.Cancelled)
                    {
                        // The use its access code gave goes back to the code, so someone else it was meant for can register.
                        await db.AccessCodes.Where(c => c.Id == code && c.Uses > 0)
                            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Uses, c => c.Uses - 1), ct);
                    }
                    int? promoted = null;
                    var wasConfirmed = was == RegistrationStatus.Confirmed;
                    if (wasConfirmed)
                    {
                        await db.TicketTypes.Where(t => t.Id == registration.TicketTypeId && t.Sold > 0)
                            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold - 1), ct);
                        await db.Events.Where(e => e.Id == registration.EventId && e.ConfirmedCount > 0)
                            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), ct);
                        promoted = await WaitlistPromotion.PromoteAsync(db, registration.EventId, registration.TicketTypeId, now, ct);
                    }
                    return new CancellationReceipt(wasConfirmed, was == RegistrationStatus.Cancelled, promoted);
                }, ct);
                if (!result.Succeeded || result.Value is not null || attempt >= 3)
                {
                    return result.Succeeded ? result.Value ?? new CancellationReceipt(false, true, null) : result.Error!;
                }
            }
        }
    }
}

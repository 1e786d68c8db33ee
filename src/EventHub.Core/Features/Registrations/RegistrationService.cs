using System.Linq.Expressions;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Security;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Entity = EventHub.Core.Domain.Registration;

namespace EventHub.Core.Features.Registrations;

public sealed record RegistrationRequest(int TicketTypeId, AttendeeDetails Details, bool ConsentGiven);

public enum RegistrationOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>The e-mail already had an active registration: nothing new, a new private link was e-mailed.</summary>
    AlreadyRegistered,
}

/// <summary>
/// The result of a registration. The page shows the same thing for every outcome (nobody can probe
/// who is registered); the token is for the e-mail, never for the page.
/// </summary>
public sealed record RegistrationReceipt(RegistrationOutcome Outcome, int RegistrationId, string ManageToken, int? WaitlistPosition);

public sealed record CancellationReceipt(bool WasConfirmed, bool AlreadyCancelled, int? PromotedRegistrationId);

/// <summary>
/// Registers and cancels. Seats are decided by the database: in one transaction, a conditional
/// UPDATE takes a seat of the ticket type (Sold &lt; Quota, sale open) and another a seat of the
/// event (ConfirmedCount &lt; Capacity); if either finds none, both are undone and the attendee gets
/// the next waitlist position, also handed out by a conditional UPDATE. The e-mail is queued in the
/// outbox in the same transaction. A cancellation frees the seat and gives it to the first person
/// on the waitlist in the same transaction.
/// </summary>
public sealed partial class RegistrationService(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, OutboxSignal outbox, TimeProvider time)
{
    public async Task<Result<RegistrationReceipt>> RegisterAsync(RegistrationRequest request, CancellationToken ct = default)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }
        var context = await TicketContextAsync(request.TicketTypeId, ct);
        if (context is null)
        {
            return new NotFoundError("Registration.UnknownTicket");
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (!context.OnSale(now))
        {
            return new ConflictError("Registration.NotOnSale");
        }
        var token = SecureTokens.NewToken();
        for (var attempt = 0; ; attempt++)
        {
            var written = await WriteAsync(new PendingRegistration(request, context, token, SecureTokens.NewBadgeCode(), now), ct);
            if (written is { } result)
            {
                return result;
            }
            if (attempt == 2)
            {
                return new ConflictError("Registration.TryAgain");
            }
            // Another instance registered the same e-mail (or drew the same code) at the same moment: try again, it will be found.
        }
    }

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

    /// <summary>Decides one registration: a new private link for an e-mail already registered, else a seat or the next waitlist number.</summary>
    private static Result<RegistrationReceipt> Register(RegistrationCommands commands, RegistrationRequest request, TicketContext context, string token, string badgeCode, DateTime now)
    {
        if (commands.ActiveRegistrationId(context.EventId, SearchText.Email(request.Details.Email)) is { } existing)
        {
            ReissueLink(commands, existing, token, now);
            return new RegistrationReceipt(RegistrationOutcome.AlreadyRegistered, existing, token, null);
        }
        var seated = commands.TakeSeat(context.TicketTypeId, context.EventId, now);
        var registration = new Entity(context.EventId, context.TicketTypeId, request.Details, badgeCode, SecureTokens.Hash(token), now, now);
        int? position = null;
        if (seated)
        {
            registration.Confirm(now);
        }
        else
        {
            if (commands.NextWaitlistNumber(context.TicketTypeId, now) is not { } number)
            {
                return new ConflictError("Registration.NotOnSale");
            }
            registration.Waitlist(number, now);
            position = commands.WaitlistRank(context.TicketTypeId, number);
        }
        var id = commands.Insert(registration);
        commands.QueueLetter(id, seated ? LetterKind.Confirmed : LetterKind.Waitlisted, token, now);
        return new RegistrationReceipt(seated ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted, id, token, position);
    }

    /// <summary>Only the token's hash is kept, so the link cannot be sent again: a new token replaces it.</summary>
    private static void ReissueLink(RegistrationCommands commands, int registrationId, string token, DateTime now)
    {
        commands.ReplaceLink(registrationId, SecureTokens.Hash(token), now);
        commands.QueueLetter(registrationId, LetterKind.Link, token, now);
    }

    private async Task<Result<CancellationReceipt>> CancelAsync(Expression<Func<Entity, bool>> find, bool erase, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            using (await gate.EnterAsync(ct))
            {
                var result = await InTransactionAsync<CancellationReceipt?>(async db =>
                {
                    var current = await db.Registrations.AsNoTracking().Where(find)
                        .Select(r => new { r.Id, r.Status, r.TicketTypeId, r.EventId })
                        .FirstOrDefaultAsync(ct);
                    if (current is null)
                    {
                        return new NotFoundError("Registration.NotFound");
                    }
                    if (current.Status == RegistrationStatus.Cancelled && !erase)
                    {
                        return new CancellationReceipt(false, true, null);
                    }
                    // Conditional on the status just read: of two racing cancellations, one changes the row, the other retries and finds it cancelled.
                    var changed = await db.Registrations.Where(r => r.Id == current.Id && r.Status == current.Status)
                        .ExecuteUpdateAsync(s => s
                            .SetProperty(r => r.Status, RegistrationStatus.Cancelled)
                            .SetProperty(r => r.WaitlistPosition, (int?)null)
                            .SetProperty(r => r.CancelledAt, r => r.CancelledAt ?? now)
                            .SetProperty(r => r.UpdatedAt, now), ct);
                    if (changed != 1)
                    {
                        return (CancellationReceipt?)null;
                    }
                    await PersonalAgenda.ReleaseAllAsync(db, current.Id, ct);
                    int? promoted = null;
                    var wasConfirmed = current.Status == RegistrationStatus.Confirmed;
                    if (wasConfirmed)
                    {
                        await db.TicketTypes.Where(t => t.Id == current.TicketTypeId && t.Sold > 0)
                            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold - 1), ct);
                        await db.Events.Where(e => e.Id == current.EventId && e.ConfirmedCount > 0)
                            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), ct);
                        promoted = await PromoteAsync(db, current.EventId, current.TicketTypeId, now, ct);
                    }
                    if (erase)
                    {
                        // The e-mails kept in the outbox name the attendee too.
                        await db.OutboxMessages.Where(m => m.RegistrationId == current.Id).ExecuteDeleteAsync(ct);
                        var registration = await db.Registrations.FirstAsync(r => r.Id == current.Id, ct);
                        registration.Erase(now);
                        await db.SaveChangesAsync(ct);
                    }
                    return new CancellationReceipt(wasConfirmed, current.Status == RegistrationStatus.Cancelled, promoted);
                }, ct);
                if (!result.Succeeded || result.Value is not null || attempt >= 3)
                {
                    return result.Succeeded ? result.Value ?? new CancellationReceipt(false, true, null) : result.Error!;
                }
            }
        }
    }

    /// <summary>
    /// Gives a freed seat to the first person on the waitlist of that ticket type (or, when the event
    /// was the limit, of another type with seats left), with the same conditional updates as a registration.
    /// </summary>
    private async Task<int?> PromoteAsync(EventHubDbContext db, int eventId, int ticketTypeId, DateTime now, CancellationToken ct)
    {
        var sameType = await db.Registrations.AsNoTracking()
            .Where(r => r.TicketTypeId == ticketTypeId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.WaitlistPosition).Select(r => new { r.Id, r.TicketTypeId }).Take(5).ToListAsync(ct);
        var otherTypes = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.TicketTypeId != ticketTypeId && r.Status == RegistrationStatus.Waitlisted && r.TicketType!.Sold < r.TicketType.Quota)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new { r.Id, r.TicketTypeId }).Take(5).ToListAsync(ct);
        using var commands = new RegistrationCommands(db);
        foreach (var candidate in sameType.Concat(otherTypes))
        {
            if (!commands.TakeSeat(candidate.TicketTypeId, eventId, now, saleWindow: false))
            {
                continue;
            }
            var token = SecureTokens.NewToken();
            var hash = SecureTokens.Hash(token);
            var moved = await db.Registrations.Where(r => r.Id == candidate.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, RegistrationStatus.Confirmed)
                    .SetProperty(r => r.WaitlistPosition, (int?)null)
                    .SetProperty(r => r.ManageTokenHash, hash)
                    .SetProperty(r => r.UpdatedAt, now), ct);
            if (moved == 1)
            {
                commands.QueueLetter(candidate.Id, LetterKind.Promoted, token, now);
                return candidate.Id;
            }
            commands.ReleaseSeat(candidate.TicketTypeId, eventId);
        }
        return null;
    }

    /// <summary>Runs the work in one transaction and wakes the outbox once it has committed.</summary>
    private async Task<Result<T>> InTransactionAsync<T>(Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct)
    {
        var result = await factory.RunAsync(work, ct);
        if (result.Succeeded)
        {
            outbox.Notify();
        }
        return result;
    }

    /// <summary>
    /// The ticket type's event and sale window, kept for a few seconds: a crowd registering costs one
    /// read every few seconds, and the sale window is checked again by the database in the same
    /// statement that takes the seat.
    /// </summary>
    private async Task<TicketContext?> TicketContextAsync(int ticketTypeId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_tickets.TryGetValue(ticketTypeId, out var cached) && now < cached.Until)
        {
            return cached.Context;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var context = await db.TicketTypes.AsNoTracking().Where(t => t.Id == ticketTypeId)
            .Select(t => new TicketContext(t.Id, t.EventId, t.SaleStartsAt, t.SaleEndsAt))
            .FirstOrDefaultAsync(ct);
        if (context is not null)
        {
            _tickets[ticketTypeId] = (context, now + TimeSpan.FromSeconds(5));
        }
        return context;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, (TicketContext Context, DateTimeOffset Until)> _tickets = new();

    private static ValidationError? Validate(RegistrationRequest request) =>
        !request.ConsentGiven ? new ValidationError("Consent", "Registration.ConsentRequired") : AttendeeRules.Validate(request.Details);

    private sealed record TicketContext(int TicketTypeId, int EventId, DateTime SaleStartsAt, DateTime SaleEndsAt)
    {
        public bool OnSale(DateTime now) => now >= SaleStartsAt && now < SaleEndsAt;
    }
}

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
/// the next waitlist position, also handed out by a conditional UPDATE. The e-mail is written to the
/// outbox in the same transaction. A cancellation frees the seat and gives it to the first person
/// on the waitlist in the same transaction.
/// </summary>
public sealed partial class RegistrationService(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, EmailComposer composer, OutboxSignal outbox, TimeProvider time)
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
        var details = request.Details;
        var token = SecureTokens.NewToken();
        for (var attempt = 0; ; attempt++)
        {
            // The e-mail is written before the queue, outside the writer's transaction: a seat is the common case and its
            // e-mail does not depend on the transaction. Once the ticket type has just turned people away it is not:
            // the writer then writes whichever e-mail the outcome calls for.
            var badgeCode = SecureTokens.NewBadgeCode();
            var confirmedMail = RecentlyFull(context.TicketTypeId, now) ? null : composer.Compose(ConfirmedLetter(details, context, token, badgeCode));
            var written = await WriteAsync(new PendingRegistration(request, context, token, badgeCode, confirmedMail, now), ct);
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

    private async Task<Result<RegistrationReceipt>> RegisterInAsync(EventHubDbContext db, RegistrationRequest request, TicketContext context,
        string token, string badgeCode, byte[]? confirmedMail, DateTime now, CancellationToken ct)
    {
        var email = SearchText.Email(request.Details.Email);
        var existing = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == context.EventId && r.NormalizedEmail == email && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.Id })
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            await ReissueLinkAsync(db, existing.Id, token, now, ct);
            return new RegistrationReceipt(RegistrationOutcome.AlreadyRegistered, existing.Id, token, null);
        }

        var seated = await TakeSeatAsync(db, context.TicketTypeId, context.EventId, now, ct);
        var registration = new Entity(context.EventId, context.TicketTypeId, request.Details, badgeCode, SecureTokens.Hash(token), now, now);
        int? position = null;
        if (seated)
        {
            registration.Confirm(now);
        }
        else
        {
            var issued = await db.TicketTypes.Where(t => t.Id == context.TicketTypeId && t.SaleStartsAt <= now && t.SaleEndsAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.WaitlistIssued, t => t.WaitlistIssued + 1), ct);
            if (issued != 1)
            {
                return new ConflictError("Registration.NotOnSale");
            }
            var number = await db.TicketTypes.Where(t => t.Id == context.TicketTypeId).Select(t => t.WaitlistIssued).FirstAsync(ct);
            registration.Waitlist(number, now);
            position = await db.Registrations.CountAsync(r => r.TicketTypeId == context.TicketTypeId && r.Status == RegistrationStatus.Waitlisted && r.WaitlistPosition < number, ct) + 1;
        }
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(ct);
        NoteFull(context.TicketTypeId, seated, now);
        var mail = seated
            ? confirmedMail ?? composer.Compose(ConfirmedLetter(request.Details, context, token, badgeCode))
            : composer.Compose(new Letter(LetterKind.Waitlisted, registration.FirstName, registration.LastName, registration.Email, registration.PreferredLanguage,
                context.Ticket, context.Event, token, null, position));
        db.OutboxMessages.Add(new OutboxMessage(seated ? "confirmation" : "waitlisted", registration.Id, mail, now));
        await db.SaveChangesAsync(ct);
        return new RegistrationReceipt(seated ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted, registration.Id, token, position);
    }

    private static Letter ConfirmedLetter(AttendeeDetails details, TicketContext context, string token, string badgeCode) =>
        new(LetterKind.Confirmed, details.FirstName.Trim(), details.LastName.Trim(), details.Email.Trim(), Language(details),
            context.Ticket, context.Event, token, badgeCode, null);

    /// <summary>How long a ticket type that just sent someone to the waitlist is taken for full, when preparing e-mails.</summary>
    private static readonly TimeSpan FullHint = TimeSpan.FromSeconds(2);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, DateTime> _fullSince = new();

    /// <summary>A hint only, for which e-mail to prepare ahead: the seat itself is always decided by the database.</summary>
    private bool RecentlyFull(int ticketTypeId, DateTime now) => _fullSince.TryGetValue(ticketTypeId, out var since) && now - since < FullHint;

    private void NoteFull(int ticketTypeId, bool seated, DateTime now)
    {
        if (seated)
        {
            _fullSince.TryRemove(ticketTypeId, out _);
        }
        else
        {
            _fullSince[ticketTypeId] = now;
        }
    }

    /// <summary>Takes one seat of the ticket type and one of the event, or neither.</summary>
    private static async Task<bool> TakeSeatAsync(EventHubDbContext db, int ticketTypeId, int eventId, DateTime now, CancellationToken ct, bool saleWindow = true)
    {
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync("seat", ct);
        var ticket = await db.TicketTypes
            .Where(t => t.Id == ticketTypeId && t.Sold < t.Quota && (!saleWindow || (t.SaleStartsAt <= now && t.SaleEndsAt > now)))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold + 1), ct);
        if (ticket == 1)
        {
            var overall = await db.Events.Where(e => e.Id == eventId && e.ConfirmedCount < e.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount + 1), ct);
            if (overall == 1)
            {
                return true;
            }
        }
        await transaction.RollbackToSavepointAsync("seat", ct);
        return false;
    }

    /// <summary>Only the token's hash is kept, so the link cannot be sent again: a new token replaces it.</summary>
    private async Task ReissueLinkAsync(EventHubDbContext db, int registrationId, string token, DateTime now, CancellationToken ct)
    {
        var hash = SecureTokens.Hash(token);
        await db.Registrations.Where(r => r.Id == registrationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ManageTokenHash, hash).SetProperty(r => r.UpdatedAt, now), ct);
        await QueueLetterAsync(db, registrationId, LetterKind.Link, token, now, ct);
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
        foreach (var candidate in sameType.Concat(otherTypes))
        {
            if (!await TakeSeatAsync(db, candidate.TicketTypeId, eventId, now, ct, saleWindow: false))
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
                await QueueLetterAsync(db, candidate.Id, LetterKind.Promoted, token, now, ct);
                return candidate.Id;
            }
            await db.Database.CurrentTransaction!.RollbackToSavepointAsync("seat", ct);
        }
        return null;
    }

    /// <summary>Writes an e-mail about a stored registration to the outbox, in the current transaction.</summary>
    private async Task QueueLetterAsync(EventHubDbContext db, int registrationId, LetterKind kind, string token, DateTime now, CancellationToken ct)
    {
        var r = await db.Registrations.AsNoTracking().Where(x => x.Id == registrationId)
            .Select(x => new { x.FirstName, x.LastName, x.Email, x.PreferredLanguage, x.Status, x.BadgeCode, x.TicketTypeId, x.WaitlistPosition })
            .FirstAsync(ct);
        var context = (await TicketContextAsync(db, r.TicketTypeId, ct))!;
        int? position = r.WaitlistPosition is { } number
            ? await db.Registrations.CountAsync(x => x.TicketTypeId == r.TicketTypeId && x.Status == RegistrationStatus.Waitlisted && x.WaitlistPosition < number, ct) + 1
            : null;
        var letter = new Letter(kind, r.FirstName, r.LastName, r.Email, r.PreferredLanguage, context.Ticket, context.Event, token,
            r.Status == RegistrationStatus.Confirmed ? r.BadgeCode : null, position);
        db.OutboxMessages.Add(new OutboxMessage(letter.OutboxKind, registrationId, composer.Compose(letter), now));
        await db.SaveChangesAsync(ct);
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
    /// The ticket type and its event as the e-mail describes them, kept for a few seconds: a crowd
    /// registering costs one read every few seconds, and the sale window is checked again by the
    /// database in the same statement that takes the seat.
    /// </summary>
    private async Task<TicketContext?> TicketContextAsync(int ticketTypeId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_tickets.TryGetValue(ticketTypeId, out var cached) && now < cached.Until)
        {
            return cached.Context;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var context = await TicketContextAsync(db, ticketTypeId, ct);
        if (context is not null)
        {
            _tickets[ticketTypeId] = (context, now + TimeSpan.FromSeconds(5));
        }
        return context;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, (TicketContext Context, DateTimeOffset Until)> _tickets = new();

    private static async Task<TicketContext?> TicketContextAsync(EventHubDbContext db, int ticketTypeId, CancellationToken ct)
    {
        var row = await db.TicketTypes.AsNoTracking().Where(t => t.Id == ticketTypeId)
            .Select(t => new
            {
                t.Id, t.EventId, t.NameFr, t.NameEn, t.SaleStartsAt, t.SaleEndsAt,
                Event = db.Events.Where(e => e.Id == t.EventId).Select(e => new { e.Slug, e.NameFr, e.NameEn, e.Venue, e.TimeZoneId }).First(),
                Days = db.EventDays.Where(d => d.EventId == t.EventId).OrderBy(d => d.Date).Select(d => new EventDayHours(d.Date, d.OpensAt, d.ClosesAt)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? null
            : new TicketContext(row.Id, row.EventId, new LocalizedText(row.NameFr, row.NameEn), row.SaleStartsAt, row.SaleEndsAt,
                new MailEvent(row.Event.Slug, new LocalizedText(row.Event.NameFr, row.Event.NameEn), row.Event.Venue, row.Event.TimeZoneId, row.Days));
    }

    private static ValidationError? Validate(RegistrationRequest request) =>
        !request.ConsentGiven ? new ValidationError("Consent", "Registration.ConsentRequired") : AttendeeRules.Validate(request.Details);

    private static string Language(AttendeeDetails details) => details.PreferredLanguage == "en" ? "en" : "fr";

    private sealed record TicketContext(int TicketTypeId, int EventId, LocalizedText Ticket, DateTime SaleStartsAt, DateTime SaleEndsAt, MailEvent Event)
    {
        public bool OnSale(DateTime now) => now >= SaleStartsAt && now < SaleEndsAt;
    }
}

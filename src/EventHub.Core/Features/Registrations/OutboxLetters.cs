using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// The registrations' e-mails, written when the outbox sends them. A message holds only its kind, its
/// registration and the private link's token; the name, language, ticket, badge and waitlist rank
/// are read from the registration as it is at that moment, for the whole batch in two queries. A
/// registration that changed meanwhile gets the e-mail that is still true, or none.
/// </summary>
public sealed class OutboxLetters(EmailComposer composer) : IOutboxComposer
{
    public async Task<Func<OutboxMessage, Task<byte[]?>>> PrepareAsync(EventHubDbContext db, IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var ids = messages.Where(m => m.RegistrationId is not null).Select(m => m.RegistrationId!.Value).Distinct().ToList();
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.Id) && r.ErasedAt == null)
            .WithWaitlistRank(db.Registrations)
            .Select(x => new Attendee(x.Registration.Id, x.Registration.EventId, x.Registration.FirstName, x.Registration.LastName,
                x.Registration.Email, x.Registration.PreferredLanguage, x.Registration.Status, x.Registration.BadgeCode,
                x.Registration.TicketType!.NameFr, x.Registration.TicketType.NameEn, x.Rank))
            .ToDictionaryAsync(r => r.Id, ct);
        var eventIds = registrations.Values.Select(r => r.EventId).Distinct().ToList();
        var events = await db.Events.AsNoTracking()
            .Where(e => eventIds.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                // The e-mail and its calendar name the venue with its street address, so a map finds it.
                Event = new MailEvent(e.Slug, new LocalizedText(e.NameFr, e.NameEn), e.VenueAddress == "" ? e.Venue : e.Venue + ", " + e.VenueAddress, e.TimeZoneId,
                    db.EventDays.Where(d => d.EventId == e.Id).OrderBy(d => d.Date).Select(d => new EventDayHours(d.Date, d.OpensAt, d.ClosesAt)).ToList()),
            })
            .ToDictionaryAsync(e => e.Id, e => e.Event, ct);
        return async message =>
            message is { RegistrationId: { } id, ManageToken: { } token } && registrations.TryGetValue(id, out var r) && Letter.KindOf(message.Kind) is { } kind
                && StillTrue(kind, r.Status)
                ? await composer.ComposeAsync(new Letter(kind, r.FirstName, r.LastName, r.Email, r.Language, new LocalizedText(r.TicketFr, r.TicketEn), events[r.EventId], token,
                    r.Status == RegistrationStatus.Confirmed ? r.BadgeCode : null, r.WaitlistRank))
                : null;
    }

    /// <summary>Whether an e-mail of this kind still tells the truth about a registration with this status.</summary>
    private static bool StillTrue(LetterKind kind, RegistrationStatus status) => kind switch
    {
        LetterKind.Confirmed or LetterKind.Promoted => status == RegistrationStatus.Confirmed,
        LetterKind.Waitlisted => status == RegistrationStatus.Waitlisted,
        _ => status != RegistrationStatus.Cancelled,
    };

    private sealed record Attendee(int Id, int EventId, string FirstName, string LastName, string Email, string Language, RegistrationStatus Status,
        string BadgeCode, string TicketFr, string TicketEn, int? WaitlistRank);
}

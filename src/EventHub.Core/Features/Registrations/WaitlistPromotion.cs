using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// Gives a freed seat to the first person on the waitlist of that ticket type (or, when the event was the
/// limit, of another type with seats left), with the same conditional updates as a registration, in the
/// transaction that freed it.
/// </summary>
internal static class WaitlistPromotion
{
    /// <summary>The registration that got the seat, or null when nobody was waiting for one that is free.</summary>
    public static async Task<int?> PromoteAsync(EventHubDbContext db, int eventId, int ticketTypeId, DateTime now, CancellationToken ct)
    {
        var sameType = await db.Registrations.AsNoTracking()
            .Where(r => r.TicketTypeId == ticketTypeId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.WaitlistNumber).Select(r => new { r.Id, r.TicketTypeId }).Take(5).ToListAsync(ct);
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
                    .SetProperty(r => r.WaitlistNumber, (int?)null)
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
}

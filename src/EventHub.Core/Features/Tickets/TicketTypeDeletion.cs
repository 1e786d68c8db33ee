using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// Deletes a ticket type nobody registered for, with its access codes. The check and the delete are one
/// statement (<c>DELETE … WHERE NOT EXISTS registration</c>), so a registration arriving at the same moment
/// either comes first and keeps the type, or finds it gone.
/// </summary>
public sealed class TicketTypeDeletion(TicketWrites writes)
{
    public Task<Result<bool>> DeleteAsync(int eventId, int ticketTypeId, CancellationToken ct = default) =>
        writes.RunAsync<bool>(async db =>
        {
            if (!await db.TicketTypes.AnyAsync(t => t.Id == ticketTypeId && t.EventId == eventId, ct))
            {
                return new NotFoundError("Tickets.NotFound");
            }
            await db.AccessCodes.Where(c => c.TicketTypeId == ticketTypeId && !db.Registrations.Any(r => r.TicketTypeId == ticketTypeId))
                .ExecuteDeleteAsync(ct);
            var deleted = await db.TicketTypes
                .Where(t => t.Id == ticketTypeId && t.EventId == eventId && !db.Registrations.Any(r => r.TicketTypeId == t.Id))
                .ExecuteDeleteAsync(ct);
            return deleted == 1 ? true : new ConflictError("Tickets.HasRegistrations");
        }, ct);
}

using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>Moves a ticket type one place up or down the registration form; the arrows on the organizer's list call it.</summary>
public sealed class TicketTypeReorder(TicketWrites writes)
{
    /// <param name="offset">-1 moves it up (earlier on the form), +1 down.</param>
    public Task<Result<int>> MoveAsync(int eventId, int ticketTypeId, int offset, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            var types = await db.TicketTypes.Where(t => t.EventId == eventId)
                .OrderBy(t => t.DisplayOrder).ThenBy(t => t.Id).ToListAsync(ct);
            var index = types.FindIndex(t => t.Id == ticketTypeId);
            if (index < 0)
            {
                return new NotFoundError("Tickets.NotFound");
            }
            var target = Math.Clamp(index + Math.Sign(offset), 0, types.Count - 1);
            var moved = types[index];
            types.RemoveAt(index);
            types.Insert(target, moved);
            // Numbered again from 1, so types created before display order existed (all at 0) get distinct places too.
            for (var i = 0; i < types.Count; i++)
            {
                types[i].PlaceAt(i + 1);
            }
            return target;
        }, ct);
}

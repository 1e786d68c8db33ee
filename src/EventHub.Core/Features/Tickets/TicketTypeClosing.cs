using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// Closes a ticket type (no one can register for it any more, whatever its sale window says; its
/// registrations stay) or opens it again. A type with registrations is closed rather than deleted.
/// </summary>
public sealed class TicketTypeClosing(TicketWrites writes)
{
    public Task<Result<bool>> CloseAsync(int eventId, int ticketTypeId, CancellationToken ct = default) => SetAsync(eventId, ticketTypeId, closed: true, ct);

    public Task<Result<bool>> ReopenAsync(int eventId, int ticketTypeId, CancellationToken ct = default) => SetAsync(eventId, ticketTypeId, closed: false, ct);

    private Task<Result<bool>> SetAsync(int eventId, int ticketTypeId, bool closed, CancellationToken ct) =>
        writes.RunAsync<bool>(async db =>
        {
            var ticket = await db.TicketTypes.FirstOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId, ct);
            if (ticket is null)
            {
                return new NotFoundError("Tickets.NotFound");
            }
            if (closed)
            {
                ticket.Close();
            }
            else
            {
                ticket.Reopen();
            }
            return closed;
        }, ct);
}

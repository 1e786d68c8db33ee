using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// Changes a ticket type. Its quota never goes below the seats already sold: the database decides, in
/// the same conditional UPDATE that sets it (<c>WHERE Sold &lt;= new quota</c>), so registrations arriving
/// while the organizer edits can never leave more seats sold than the quota. When it refuses, nothing of
/// the edit is kept and the organizer is told how many seats are sold.
/// </summary>
public sealed class TicketTypeEdit(TicketWrites writes)
{
    public async Task<Result<int>> EditAsync(int eventId, int ticketTypeId, TicketTypeDraft draft, CancellationToken ct = default)
    {
        try
        {
            return await writes.RunAsync<int>(async db =>
            {
                var conference = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
                var ticket = await db.TicketTypes.FirstOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId, ct);
                if (conference is null || ticket is null)
                {
                    return new NotFoundError("Tickets.NotFound");
                }
                if (draft.Validate(conference) is { } invalid)
                {
                    return invalid;
                }
                var quota = draft.Quota;
                if (await db.TicketTypes.Where(t => t.Id == ticketTypeId && t.Sold <= quota)
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Quota, quota), ct) != 1)
                {
                    var sold = await db.TicketTypes.Where(t => t.Id == ticketTypeId).Select(t => t.Sold).FirstAsync(ct);
                    return new ValidationError(nameof(TicketTypeDraft.Quota), "Tickets.QuotaBelowSold", sold);
                }
                var (opens, closes) = draft.SaleWindowUtc(conference);
                ticket.Describe(draft.NameFr, draft.NameEn, draft.DescriptionFr, draft.DescriptionEn);
                ticket.Reschedule(opens, closes);
                ticket.ShowPublicly(draft.Public);
                return ticket.Id;
            }, ct);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return new ValidationError(nameof(TicketTypeDraft.NameFr), "Tickets.NameTaken", draft.NameFr.Trim());
        }
    }
}

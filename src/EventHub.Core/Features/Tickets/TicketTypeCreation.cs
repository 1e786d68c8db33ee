using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>Adds a ticket type to a conference, last in display order.</summary>
public sealed class TicketTypeCreation(TicketWrites writes)
{
    public async Task<Result<int>> CreateAsync(int eventId, TicketTypeDraft draft, CancellationToken ct = default)
    {
        try
        {
            return await writes.RunAsync<int>(async db =>
            {
                var conference = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
                if (conference is null)
                {
                    return new NotFoundError("Tickets.NotFound");
                }
                if (draft.Validate(conference) is { } invalid)
                {
                    return invalid;
                }
                var last = await db.TicketTypes.Where(t => t.EventId == eventId).MaxAsync(t => (int?)t.DisplayOrder, ct) ?? 0;
                var (opens, closes) = draft.SaleWindowUtc(conference);
                var ticket = new TicketType(eventId, draft.NameFr.Trim(), draft.NameEn.Trim(), draft.Quota, opens, closes);
                ticket.Describe(draft.NameFr, draft.NameEn, draft.DescriptionFr, draft.DescriptionEn);
                ticket.ShowPublicly(draft.Public);
                ticket.PlaceAt(last + 1);
                db.TicketTypes.Add(ticket);
                await db.SaveChangesAsync(ct);
                return ticket.Id;
            }, ct);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return new ValidationError(nameof(TicketTypeDraft.NameFr), "Tickets.NameTaken", draft.NameFr.Trim());
        }
    }
}

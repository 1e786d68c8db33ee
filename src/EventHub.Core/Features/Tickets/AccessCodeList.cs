using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

public sealed record AccessCodeRow(int Id, int TicketTypeId, LocalizedText TicketType, string Code, int MaxUses, int Uses, DateTime CreatedAt)
{
    public int UsesLeft => MaxUses - Uses;
}

/// <summary>A conference's access codes with the uses taken, newest first, for the organizer's list and its CSV file.</summary>
public sealed class AccessCodeList(IDbContextFactory<EventHubDbContext> factory)
{
    public async Task<IReadOnlyList<AccessCodeRow>> ListAsync(int eventId, int? ticketTypeId = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var codes = db.AccessCodes.AsNoTracking().Where(c => c.EventId == eventId);
        if (ticketTypeId is { } only)
        {
            codes = codes.Where(c => c.TicketTypeId == only);
        }
        var rows = await codes
            .Join(db.TicketTypes, c => c.TicketTypeId, t => t.Id, (c, t) => new { c.Id, c.TicketTypeId, t.NameFr, t.NameEn, c.Code, c.MaxUses, c.Uses, c.CreatedAt })
            .OrderByDescending(c => c.Id)
            .ToListAsync(ct);
        return rows.Select(c => new AccessCodeRow(c.Id, c.TicketTypeId, new LocalizedText(c.NameFr, c.NameEn), c.Code, c.MaxUses, c.Uses, c.CreatedAt)).ToList();
    }
}

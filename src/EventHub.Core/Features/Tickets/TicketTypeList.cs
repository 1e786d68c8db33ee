using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>A ticket type as the organizer's list shows it; the sale window in the conference's time zone.</summary>
public sealed record TicketTypeRow(
    int Id,
    string NameFr,
    string NameEn,
    string DescriptionFr,
    string DescriptionEn,
    int Quota,
    int Sold,
    int Registrations,
    DateTime SaleOpensLocal,
    DateTime SaleClosesLocal,
    bool IsHidden,
    bool IsClosed,
    int AccessCodes)
{
    public LocalizedText Name => new(NameFr, NameEn);

    public LocalizedText Description => new(DescriptionFr, DescriptionEn);

    /// <summary>A type that anyone ever registered for is kept (the registrations name it): it can only be closed.</summary>
    public bool Deletable => Registrations == 0;

    public TicketTypeDraft ToDraft() => new(NameFr, NameEn, DescriptionFr, DescriptionEn, Quota, SaleOpensLocal, SaleClosesLocal, !IsHidden);
}

/// <summary>The conference's ticket types in display order, with what the page says about quotas and capacity.</summary>
public sealed record TicketTypeBoard(int Capacity, string TimeZoneId, IReadOnlyList<TicketTypeRow> Types)
{
    /// <summary>Quotas may add up to more than the capacity: the capacity still caps the whole, whichever types sell first.</summary>
    public bool QuotasExceedCapacity => Types.Where(t => !t.IsClosed).Sum(t => (long)t.Quota) > Capacity;

    public long QuotaSum => Types.Where(t => !t.IsClosed).Sum(t => (long)t.Quota);
}

/// <summary>Lists a conference's ticket types for the organizer.</summary>
public sealed class TicketTypeList(IDbContextFactory<EventHubDbContext> factory)
{
    public async Task<TicketTypeBoard?> ListAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var conference = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (conference is null)
        {
            return null;
        }
        var rows = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId)
            .OrderBy(t => t.DisplayOrder).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.NameFr, t.NameEn, t.DescriptionFr, t.DescriptionEn, t.Quota, t.Sold,
                Registrations = db.Registrations.Count(r => r.TicketTypeId == t.Id),
                t.SaleStartsAt, t.SaleEndsAt, t.IsHidden, t.IsClosed,
                Codes = db.AccessCodes.Count(c => c.TicketTypeId == t.Id),
            })
            .ToListAsync(ct);
        return new TicketTypeBoard(conference.Capacity, conference.TimeZoneId, rows
            .Select(t => new TicketTypeRow(t.Id, t.NameFr, t.NameEn, t.DescriptionFr, t.DescriptionEn, t.Quota, t.Sold, t.Registrations,
                conference.ToLocal(t.SaleStartsAt), conference.ToLocal(t.SaleEndsAt), t.IsHidden, t.IsClosed, t.Codes))
            .ToList());
    }
}

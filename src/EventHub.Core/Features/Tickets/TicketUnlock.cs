using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// The hidden ticket type an access code reveals on the public form, when the code has a use left.
/// For display only: the use itself is taken by the registration, in its transaction.
/// </summary>
public sealed class TicketUnlock(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public async Task<TicketOffer?> FindAsync(int eventId, string? typed, CancellationToken ct = default)
    {
        if (AccessCodes.Normalize(typed) is not { } code)
        {
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.AccessCodes.AsNoTracking()
            .Where(c => c.EventId == eventId && c.Code == code && c.Uses < c.MaxUses)
            .Join(db.TicketTypes, c => c.TicketTypeId, t => t.Id, (c, t) => t)
            .Where(t => t.IsHidden && !t.IsClosed)
            .Select(t => new
            {
                t.Id, t.NameFr, t.NameEn, t.DescriptionFr, t.DescriptionEn,
                Left = Math.Min(t.Quota - t.Sold, db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity - e.ConfirmedCount).First()),
                OnSale = t.SaleStartsAt <= now && t.SaleEndsAt > now,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        // An archive sells nothing, hidden types included.
        var over = await ConferenceEnd.OfAsync(db, eventId, ct) is { } end && now >= end;
        return new TicketOffer(row.Id, new LocalizedText(row.NameFr, row.NameEn), Math.Max(0, row.Left), row.OnSale && !over, new LocalizedText(row.DescriptionFr, row.DescriptionEn));
    }
}

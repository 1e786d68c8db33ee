using System.Collections.Concurrent;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>A ticket type's event and sale window, and when its conference ends (an archive registers no one).</summary>
public sealed record TicketSale(int TicketTypeId, int EventId, DateTime SaleStartsAt, DateTime SaleEndsAt, DateTime? ConferenceEndsAt = null)
{
    public bool OnSale(DateTime now) => now >= SaleStartsAt && now < SaleEndsAt && (ConferenceEndsAt is not { } end || now < end);
}

/// <summary>
/// The ticket types' events and sale windows, kept for a few seconds: a crowd registering costs one read
/// every few seconds, and the sale window is checked again by the database in the same statement that
/// takes the seat.
/// </summary>
public sealed class TicketSales(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<int, (TicketSale Sale, DateTimeOffset Until)> _sales = new();

    /// <summary>The ticket type's sale, or null when there is no such ticket type.</summary>
    public async Task<TicketSale?> FindAsync(int ticketTypeId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_sales.TryGetValue(ticketTypeId, out var cached) && now < cached.Until)
        {
            return cached.Sale;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.TicketTypes.AsNoTracking().Where(t => t.Id == ticketTypeId)
            .Select(t => new { t.Id, t.EventId, t.SaleStartsAt, t.SaleEndsAt })
            .FirstOrDefaultAsync(ct);
        var sale = row is null ? null
            : new TicketSale(row.Id, row.EventId, row.SaleStartsAt, row.SaleEndsAt, await ConferenceEnd.OfAsync(db, row.EventId, ct));
        if (sale is not null)
        {
            _sales[ticketTypeId] = (sale, now + KeptFor);
        }
        return sale;
    }
}

using System.Collections.Concurrent;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>A ticket type's event and sale window, and whether it takes an access code (hidden) or is closed.</summary>
public sealed record TicketSale(int TicketTypeId, int EventId, DateTime SaleStartsAt, DateTime SaleEndsAt, bool Hidden = false, bool Closed = false)
{
    public bool OnSale(DateTime now) => !Closed && now >= SaleStartsAt && now < SaleEndsAt;
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
        var sale = await db.TicketTypes.AsNoTracking().Where(t => t.Id == ticketTypeId)
            .Select(t => new TicketSale(t.Id, t.EventId, t.SaleStartsAt, t.SaleEndsAt, t.IsHidden, t.IsClosed))
            .FirstOrDefaultAsync(ct);
        if (sale is not null)
        {
            _sales[ticketTypeId] = (sale, now + KeptFor);
        }
        return sale;
    }
}

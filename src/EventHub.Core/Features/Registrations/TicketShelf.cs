using System.Collections.Concurrent;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>A ticket type as the registration form offers it.</summary>
public sealed record TicketOffer(int Id, LocalizedText Name, int SeatsLeft, bool OnSale)
{
    /// <summary>On sale but without a seat: registering puts the attendee on its waitlist.</summary>
    public bool Full => SeatsLeft == 0;
}

public sealed record RegistrationDesk(int EventId, LocalizedText EventName, IReadOnlyList<TicketOffer> Tickets)
{
    public bool Open => Tickets.Any(t => t.OnSale);
}

/// <summary>
/// The ticket types of a conference with the seats each has left: the smaller of its own quota and
/// the event's capacity. The figure is for display only (seats are decided by the database when
/// someone registers), so it is kept for a second: a crowd opening the form costs one query a second.
/// </summary>
public sealed class TicketShelf(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<int, (RegistrationDesk? Desk, DateTimeOffset Until)> _cached = new();

    public async Task<RegistrationDesk?> GetAsync(int eventId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_cached.TryGetValue(eventId, out var cached) && cached.Desk is not null && now < cached.Until)
        {
            return cached.Desk;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var utcNow = now.UtcDateTime;
        var row = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new
            {
                e.Id, e.NameFr, e.NameEn, Left = e.Capacity - e.ConfirmedCount,
                Tickets = db.TicketTypes.Where(t => t.EventId == e.Id).OrderBy(t => t.Id)
                    .Select(t => new { t.Id, t.NameFr, t.NameEn, Left = t.Quota - t.Sold, OnSale = t.SaleStartsAt <= utcNow && t.SaleEndsAt > utcNow })
                    .ToList(),
            })
            .FirstOrDefaultAsync(ct);
        // An archive sells nothing, whatever its sale windows say.
        var over = row is not null && await ConferenceEnd.OfAsync(db, row.Id, ct) is { } end && utcNow >= end;
        var desk = row is null
            ? null
            : new RegistrationDesk(row.Id, new LocalizedText(row.NameFr, row.NameEn), row.Tickets
                .Select(t => new TicketOffer(t.Id, new LocalizedText(t.NameFr, t.NameEn), Math.Max(0, Math.Min(t.Left, row.Left)), t.OnSale && !over))
                .ToList());
        _cached[eventId] = (desk, now + Freshness);
        return desk;
    }
}

using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Events;

/// <summary>What registration needs before it can open: somewhere to hold sessions, something to register for, a program to read.</summary>
public enum ReadinessItem
{
    Rooms,
    TicketTypes,
    PublishedSessions,
}

/// <summary>The organizer home's checklist for one conference: what is still missing before registration can open.</summary>
public sealed class ConferenceReadiness(IDbContextFactory<EventHubDbContext> factory)
{
    /// <returns>The missing items in the order an organizer adds them, or null when the conference does not exist.</returns>
    public async Task<IReadOnlyList<ReadinessItem>?> MissingAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new
            {
                Rooms = db.Rooms.Any(r => r.EventId == e.Id),
                TicketTypes = db.TicketTypes.Any(t => t.EventId == e.Id),
                Published = db.Sessions.Any(s => s.EventId == e.Id && s.Status == SessionStatus.Published),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var missing = new List<ReadinessItem>();
        if (!row.Rooms)
        {
            missing.Add(ReadinessItem.Rooms);
        }
        if (!row.TicketTypes)
        {
            missing.Add(ReadinessItem.TicketTypes);
        }
        if (!row.Published)
        {
            missing.Add(ReadinessItem.PublishedSessions);
        }
        return missing;
    }
}

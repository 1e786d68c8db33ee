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

public sealed record ConferenceReadinessView(OrganizerFigures Figures, int TicketTypes, IReadOnlyList<ReadinessItem> Missing)
{
    public bool Ready => Missing.Count == 0;
}

/// <summary>The organizer home's figures for one conference and the checklist of what is still missing.</summary>
public sealed class ConferenceReadiness(IDbContextFactory<EventHubDbContext> factory)
{
    public async Task<ConferenceReadinessView?> GetAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new
            {
                Figures = new OrganizerFigures(
                    e.ConfirmedCount,
                    db.Registrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted),
                    e.Capacity,
                    db.Sessions.Count(s => s.EventId == e.Id),
                    db.Sessions.Count(s => s.EventId == e.Id && s.Status == SessionStatus.Published),
                    db.Speakers.Count(s => s.EventId == e.Id),
                    db.Rooms.Count(r => r.EventId == e.Id),
                    db.CheckIns.Count(c => c.UndoneAt == null && c.AttendanceKey == CheckIn.EventAttendance
                        && db.Registrations.Any(r => r.Id == c.RegistrationId && r.EventId == e.Id))),
                TicketTypes = db.TicketTypes.Count(t => t.EventId == e.Id),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var missing = new List<ReadinessItem>();
        if (row.Figures.Rooms == 0)
        {
            missing.Add(ReadinessItem.Rooms);
        }
        if (row.TicketTypes == 0)
        {
            missing.Add(ReadinessItem.TicketTypes);
        }
        if (row.Figures.PublishedSessions == 0)
        {
            missing.Add(ReadinessItem.PublishedSessions);
        }
        return new ConferenceReadinessView(row.Figures, row.TicketTypes, missing);
    }
}

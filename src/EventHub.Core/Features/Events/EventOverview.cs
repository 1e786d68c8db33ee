using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Events;

public sealed record EventSummary(
    int Id,
    LocalizedText Name,
    string Venue,
    string TimeZoneId,
    IReadOnlyList<DateOnly> Days,
    int Capacity,
    int Confirmed,
    int PublishedSessions,
    int Speakers);

public sealed record OrganizerFigures(int Confirmed, int Waitlisted, int Capacity, int Sessions, int PublishedSessions, int Speakers, int Rooms, int CheckedIn);

/// <summary>What the home page and the organizer area show about a conference.</summary>
public sealed class EventOverview(IDbContextFactory<EventHubDbContext> factory)
{
    public async Task<EventSummary?> GetAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var summary = await db.Events.AsNoTracking()
            .Where(e => e.Id == eventId)
            .Select(e => new
            {
                e.Id, e.NameFr, e.NameEn, e.Venue, e.TimeZoneId, e.Capacity, e.ConfirmedCount,
                Days = e.Days.OrderBy(d => d.Date).Select(d => d.Date).ToList(),
                Published = db.Sessions.Count(s => s.EventId == e.Id && s.Status == SessionStatus.Published),
                Speakers = db.Speakers.Count(s => s.EventId == e.Id),
            })
            .FirstOrDefaultAsync(ct);
        return summary is null
            ? null
            : new EventSummary(summary.Id, new LocalizedText(summary.NameFr, summary.NameEn), summary.Venue, summary.TimeZoneId,
                summary.Days, summary.Capacity, summary.ConfirmedCount, summary.Published, summary.Speakers);
    }

    public async Task<OrganizerFigures?> GetFiguresAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking()
            .Where(e => e.Id == eventId)
            .Select(e => new OrganizerFigures(
                e.ConfirmedCount,
                db.Registrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted),
                e.Capacity,
                db.Sessions.Count(s => s.EventId == e.Id),
                db.Sessions.Count(s => s.EventId == e.Id && s.Status == SessionStatus.Published),
                db.Speakers.Count(s => s.EventId == e.Id),
                db.Rooms.Count(r => r.EventId == e.Id),
                db.CheckIns.Count(c => c.UndoneAt == null && c.AttendanceKey == CheckIn.EventAttendance
                    && db.Registrations.Any(r => r.Id == c.RegistrationId && r.EventId == e.Id))))
            .FirstOrDefaultAsync(ct);
    }
}

using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

/// <summary>
/// The one place that decides whether a session may stand on the schedule as it is. Every path that
/// stores a session (the board, the session form, publishing, a room's seats) asks it inside the same
/// write transaction, so no path can store a conflict. Back-to-back sessions do not overlap: intervals
/// are half-open [start, end).
/// </summary>
public static class ScheduleConflicts
{
    /// <summary>The first rule <paramref name="session"/> breaks, or null when it may be stored.</summary>
    public static async Task<Error?> FindAsync(EventHubDbContext db, Session session, CancellationToken ct = default)
    {
        if (session.Status == SessionStatus.Published && !session.IsScheduled)
        {
            return new ConflictError("Conflict.PublishedUnscheduled", session.Title);
        }
        if (session.RoomId is not { } roomId || session.StartsAt is not { } start || session.EndsAt is not { } end)
        {
            return null;
        }

        var room = await db.Rooms.AsNoTracking().Where(r => r.Id == roomId && r.EventId == session.EventId)
            .Select(r => new { r.Name, r.Seats }).FirstOrDefaultAsync(ct);
        if (room is null)
        {
            return new NotFoundError("Conflict.UnknownRoom");
        }
        if (session.Kind == SessionKind.Workshop && session.SeatLimit is { } limit && limit > room.Seats)
        {
            return new ConflictError("Conflict.SeatLimit", session.Title, limit, room.Name, room.Seats);
        }
        // Seats already taken in attendees' personal agendas must still exist after a move or a smaller room.
        var seats = session.Kind == SessionKind.Workshop && session.SeatLimit is { } workshopSeats ? workshopSeats : room.Seats;
        if (session.SeatsTaken > seats)
        {
            return new ConflictError("Conflict.SeatsTaken", session.Title, session.SeatsTaken, room.Name, seats);
        }

        if (await OutsideOpeningHoursAsync(db, session.EventId, start, end, ct) is { } outside)
        {
            return outside;
        }

        var overlapping = db.Sessions.AsNoTracking()
            .Where(s => s.Id != session.Id && s.EventId == session.EventId && s.StartsAt < end && s.EndsAt > start);

        var roomClash = await overlapping.Where(s => s.RoomId == roomId)
            .OrderBy(s => s.StartsAt).Select(s => new { s.TitleFr, s.TitleEn }).FirstOrDefaultAsync(ct);
        if (roomClash is not null)
        {
            return new ConflictError("Conflict.Room", new LocalizedText(roomClash.TitleFr, roomClash.TitleEn), room.Name);
        }

        var speakerIds = session.Speakers.Select(s => s.SpeakerId).ToList();
        if (speakerIds.Count == 0)
        {
            return null;
        }
        var speakerClash = await db.SessionSpeakers.AsNoTracking()
            .Where(l => speakerIds.Contains(l.SpeakerId) && overlapping.Any(s => s.Id == l.SessionId))
            .Select(l => new
            {
                Speaker = db.Speakers.Where(p => p.Id == l.SpeakerId).Select(p => p.FirstName + " " + p.LastName).First(),
                Session = db.Sessions.Where(s => s.Id == l.SessionId).Select(s => new { s.TitleFr, s.TitleEn }).First(),
            })
            .FirstOrDefaultAsync(ct);
        return speakerClash is null
            ? null
            : new ConflictError("Conflict.Speaker", speakerClash.Speaker, new LocalizedText(speakerClash.Session.TitleFr, speakerClash.Session.TitleEn));
    }

    private static async Task<Error?> OutsideOpeningHoursAsync(EventHubDbContext db, int eventId, DateTime start, DateTime end, CancellationToken ct)
    {
        var conference = await db.Events.AsNoTracking().Include(e => e.Days).FirstAsync(e => e.Id == eventId, ct);
        var localStart = conference.ToLocal(start);
        var localEnd = conference.ToLocal(end);
        var date = DateOnly.FromDateTime(localStart);
        var day = conference.Days.FirstOrDefault(d => d.Date == date);
        if (day is null)
        {
            return new ConflictError("Conflict.NotAnEventDay", date);
        }
        var opens = day.Date.ToDateTime(day.OpensAt);
        var closes = day.Date.ToDateTime(day.ClosesAt);
        return localStart < opens || localEnd > closes
            ? new ConflictError("Conflict.OutsideHours", day.OpensAt, day.ClosesAt)
            : null;
    }
}

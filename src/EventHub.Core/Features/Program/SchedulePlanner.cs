using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

/// <summary>A session as the board shows it: placed (room and local start) or waiting to be placed.</summary>
public sealed record BoardSession(
    int Id, LocalizedText Title, SessionKind Kind, SessionStatus Status, int DurationMinutes,
    int? RoomId, DateTime? StartsLocal, DateTime? EndsLocal, LocalizedText? Track, string? TrackColor, IReadOnlyList<string> Speakers);

public sealed record BoardDay(DateOnly Date, TimeOnly OpensAt, TimeOnly ClosesAt);

public sealed record BoardRoom(int Id, string Name, int Seats);

public sealed record Board(int EventId, IReadOnlyList<BoardDay> Days, IReadOnlyList<BoardRoom> Rooms, IReadOnlyList<BoardSession> Sessions);

/// <summary>The schedule board's actions: place, move, take off the board, publish one session or a whole day.</summary>
public sealed class SchedulePlanner(IDbContextFactory<EventHubDbContext> factory, ScheduleWrites writes, TimeProvider time)
{
    public async Task<Board?> LoadAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var conference = await db.Events.AsNoTracking().Include(e => e.Days).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (conference is null)
        {
            return null;
        }
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == conference.Id).OrderBy(r => r.Name)
            .Select(r => new BoardRoom(r.Id, r.Name, r.Seats)).ToListAsync(ct);
        var rows = await db.Sessions.AsNoTracking().Where(s => s.EventId == conference.Id)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.TitleFr)
            .Select(s => new
            {
                s.Id, s.TitleFr, s.TitleEn, s.Kind, s.Status, s.DurationMinutes, s.RoomId, s.StartsAt, s.EndsAt,
                Track = db.Tracks.Where(t => t.Id == s.TrackId).Select(t => new { t.NameFr, t.NameEn, t.Color }).FirstOrDefault(),
                Speakers = s.Speakers.OrderBy(l => l.Order).Select(l => l.Speaker!.FirstName + " " + l.Speaker.LastName).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var sessions = rows.Select(s => new BoardSession(s.Id, new LocalizedText(s.TitleFr, s.TitleEn), s.Kind, s.Status, s.DurationMinutes,
            s.RoomId, s.StartsAt is { } start ? conference.ToLocal(start) : null, s.EndsAt is { } end ? conference.ToLocal(end) : null,
            s.Track is null ? null : new LocalizedText(s.Track.NameFr, s.Track.NameEn), s.Track?.Color, s.Speakers)).ToList();
        var days = conference.Days.OrderBy(d => d.Date).Select(d => new BoardDay(d.Date, d.OpensAt, d.ClosesAt)).ToList();
        return new Board(conference.Id, days, rooms, sessions);
    }

    /// <summary>Places (or moves) a session into a room at a local date and time of the event.</summary>
    public Task<Result<int>> PlaceAsync(int eventId, int sessionId, int roomId, DateOnly date, TimeOnly start, CancellationToken ct = default) =>
        writes.RunAsync(async db =>
        {
            var session = await LoadSessionAsync(db, eventId, sessionId, ct);
            if (session is null)
            {
                return new NotFoundError("Program.SessionNotFound");
            }
            var conference = await db.Events.AsNoTracking().FirstAsync(e => e.Id == session.EventId, ct);
            session.PlaceAt(roomId, conference.ToUtc(date, start));
            return await CheckedAsync(db, session, ct);
        }, ct);

    public Task<Result<int>> UnscheduleAsync(int eventId, int sessionId, CancellationToken ct = default) =>
        writes.RunAsync(async db =>
        {
            var session = await LoadSessionAsync(db, eventId, sessionId, ct);
            if (session is null)
            {
                return new NotFoundError("Program.SessionNotFound");
            }
            session.Unschedule();
            return await CheckedAsync(db, session, ct);
        }, ct);

    public Task<Result<int>> SetPublishedAsync(int eventId, int sessionId, bool published, CancellationToken ct = default) =>
        writes.RunAsync(async db =>
        {
            var session = await LoadSessionAsync(db, eventId, sessionId, ct);
            if (session is null)
            {
                return new NotFoundError("Program.SessionNotFound");
            }
            if (published)
            {
                session.Publish();
            }
            else
            {
                session.Unpublish();
            }
            return await CheckedAsync(db, session, ct);
        }, ct);

    /// <summary>Publishes every session placed on <paramref name="date"/> (local day) in one transaction; returns how many changed.</summary>
    public Task<Result<int>> PublishDayAsync(int eventId, DateOnly date, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            var conference = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
            if (conference is null)
            {
                return new NotFoundError("Program.SessionNotFound");
            }
            var from = conference.ToUtc(date, TimeOnly.MinValue);
            var to = conference.ToUtc(date.AddDays(1), TimeOnly.MinValue);
            var drafts = await db.Sessions.Include(s => s.Speakers)
                .Where(s => s.EventId == conference.Id && s.Status == SessionStatus.Draft && s.RoomId != null && s.StartsAt >= from && s.StartsAt < to)
                .ToListAsync(ct);
            foreach (var session in drafts)
            {
                session.Publish();
                var checkedResult = await CheckedAsync(db, session, ct);
                if (!checkedResult.Succeeded)
                {
                    return checkedResult.Error!;
                }
            }
            return drafts.Count;
        }, ct);

    private static Task<Session?> LoadSessionAsync(EventHubDbContext db, int eventId, int sessionId, CancellationToken ct) =>
        db.Sessions.Include(s => s.Speakers).FirstOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, ct);

    private async Task<Result<int>> CheckedAsync(EventHubDbContext db, Session session, CancellationToken ct)
    {
        if (await ScheduleConflicts.FindAsync(db, session, ct) is { } conflict)
        {
            return conflict;
        }
        session.Touch(time.GetUtcNow().UtcDateTime);
        return session.Id;
    }
}

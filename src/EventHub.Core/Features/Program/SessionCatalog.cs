using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

public sealed record SessionFilter(DateOnly? Day = null, int? TrackId = null, int? RoomId = null, SessionKind? Kind = null, SessionStatus? Status = null);

public sealed record SessionRow(
    int Id, LocalizedText Title, SessionKind Kind, SessionStatus Status, LocalizedText? Track, string? Room, DateTime? StartsLocal, int DurationMinutes, IReadOnlyList<string> Speakers);

public sealed record SessionDetails(
    string TitleFr, string TitleEn, string AbstractFr, string AbstractEn, SessionKind Kind, int? TrackId,
    IReadOnlyList<int> SpeakerIds, int DurationMinutes, int? SeatLimit, bool Published);

/// <summary>Sessions as organizers list and edit them. Saving re-checks the schedule inside the serialized write.</summary>
public sealed class SessionCatalog(IDbContextFactory<EventHubDbContext> factory, ScheduleWrites writes, TimeProvider time)
{
    public async Task<IReadOnlyList<SessionRow>> ListAsync(int eventId, SessionFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var conference = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (conference is null)
        {
            return [];
        }
        var query = db.Sessions.AsNoTracking().Where(s => s.EventId == conference.Id);
        if (filter.Day is { } day)
        {
            var from = conference.ToUtc(day, TimeOnly.MinValue);
            var to = conference.ToUtc(day.AddDays(1), TimeOnly.MinValue);
            query = query.Where(s => s.StartsAt >= from && s.StartsAt < to);
        }
        if (filter.TrackId is { } trackId)
        {
            query = query.Where(s => s.TrackId == trackId);
        }
        if (filter.RoomId is { } roomId)
        {
            query = query.Where(s => s.RoomId == roomId);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }
        var rows = await query.OrderBy(s => s.StartsAt == null).ThenBy(s => s.StartsAt).ThenBy(s => s.TitleFr)
            .Select(s => new
            {
                s.Id, s.TitleFr, s.TitleEn, s.Kind, s.Status, s.StartsAt, s.DurationMinutes,
                Track = db.Tracks.Where(t => t.Id == s.TrackId).Select(t => new { t.NameFr, t.NameEn }).FirstOrDefault(),
                Room = db.Rooms.Where(r => r.Id == s.RoomId).Select(r => r.Name).FirstOrDefault(),
                Speakers = s.Speakers.OrderBy(l => l.Order).Select(l => l.Speaker!.FirstName + " " + l.Speaker.LastName).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(s => new SessionRow(s.Id, new LocalizedText(s.TitleFr, s.TitleEn), s.Kind, s.Status,
            s.Track is null ? null : new LocalizedText(s.Track.NameFr, s.Track.NameEn), s.Room,
            s.StartsAt is { } start ? conference.ToLocal(start) : null, s.DurationMinutes, s.Speakers)).ToList();
    }

    public async Task<SessionDetails?> GetAsync(int eventId, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().Where(s => s.Id == id && s.EventId == eventId)
            .Select(s => new SessionDetails(s.TitleFr, s.TitleEn, s.AbstractFr, s.AbstractEn, s.Kind, s.TrackId,
                s.Speakers.OrderBy(l => l.Order).Select(l => l.SpeakerId).ToList(), s.DurationMinutes, s.SeatLimit,
                s.Status == SessionStatus.Published))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates (id null) or changes a session; a change that would clash on the schedule is refused.</summary>
    public Task<Result<int>> SaveAsync(int eventId, int? id, SessionDetails details, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            if (Validate(details) is { } invalid)
            {
                return invalid;
            }
            Session? session;
            if (id is null)
            {
                session = new Session(eventId, details.Kind, details.TitleFr, details.TitleEn, details.DurationMinutes);
                db.Sessions.Add(session);
            }
            else
            {
                session = await db.Sessions.Include(s => s.Speakers).FirstOrDefaultAsync(s => s.Id == id && s.EventId == eventId, ct);
                if (session is null)
                {
                    return new NotFoundError("Program.SessionNotFound");
                }
                session.Retitle(details.TitleFr, details.TitleEn);
                session.ChangeDuration(details.DurationMinutes);
            }
            var known = await db.Speakers.CountAsync(s => s.EventId == session.EventId && details.SpeakerIds.Contains(s.Id), ct);
            if (known != details.SpeakerIds.Distinct().Count())
            {
                return new NotFoundError("Speaker.NotFound");
            }
            if (details.TrackId is { } trackId && !await db.Tracks.AnyAsync(t => t.Id == trackId && t.EventId == session.EventId, ct))
            {
                return new NotFoundError("Track.NotFound");
            }
            session.Describe(details.AbstractFr, details.AbstractEn, details.Kind, details.TrackId,
                details.Kind == SessionKind.Workshop ? details.SeatLimit : null);
            session.ReplaceSpeakers(details.SpeakerIds);
            if (details.Published)
            {
                session.Publish();
            }
            else
            {
                session.Unpublish();
            }
            if (await ScheduleConflicts.FindAsync(db, session, ct) is { } conflict)
            {
                return conflict;
            }
            session.Touch(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return session.Id;
        }, ct);

    private static ValidationError? Validate(SessionDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.TitleFr))
        {
            return new ValidationError(nameof(details.TitleFr), "Validation.Required");
        }
        if (details.SpeakerIds.Count == 0)
        {
            return new ValidationError(nameof(details.SpeakerIds), "Session.SpeakerRequired");
        }
        if (details.DurationMinutes is < 5 or > 600)
        {
            return new ValidationError(nameof(details.DurationMinutes), "Session.DurationRange", 5, 600);
        }
        if (details.Kind == SessionKind.Workshop && details.SeatLimit is <= 0)
        {
            return new ValidationError(nameof(details.SeatLimit), "Session.SeatLimitPositive");
        }
        return null;
    }
}

using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Program;

public sealed record RoomRow(int Id, string Name, int Seats, int Sessions);

public sealed record TrackRow(int Id, string NameFr, string NameEn, string Color, int Sessions);

/// <summary>Rooms and tracks of the conference. Their names appear publicly, so every change invalidates the public program.</summary>
public sealed class VenueCatalog(IDbContextFactory<EventHubDbContext> factory, ScheduleWrites writes)
{
    public async Task<IReadOnlyList<RoomRow>> RoomsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Rooms.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Name)
            .Select(r => new RoomRow(r.Id, r.Name, r.Seats, db.Sessions.Count(s => s.RoomId == r.Id))).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<TrackRow>> TracksAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Tracks.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.NameFr)
            .Select(t => new TrackRow(t.Id, t.NameFr, t.NameEn, t.Color, db.Sessions.Count(s => s.TrackId == t.Id))).ToListAsync(ct);
    }

    /// <summary>Creates (id null) or changes a room. Fewer seats than a workshop placed there asks for is refused.</summary>
    public Task<Result<int>> SaveRoomAsync(int eventId, int? id, string name, int seats, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return new ValidationError("Name", "Validation.Required");
            }
            if (seats <= 0)
            {
                return new ValidationError("Seats", "Room.SeatsPositive");
            }
            if (await db.Rooms.AnyAsync(r => r.EventId == eventId && r.Name == name.Trim() && r.Id != id, ct))
            {
                return new ConflictError("Room.NameTaken", name.Trim());
            }
            Room room;
            if (id is null)
            {
                room = new Room(eventId, name, seats);
                db.Rooms.Add(room);
                await db.SaveChangesAsync(ct);
                return room.Id;
            }
            var found = await db.Rooms.FirstOrDefaultAsync(r => r.Id == id && r.EventId == eventId, ct);
            if (found is null)
            {
                return new NotFoundError("Room.NotFound");
            }
            found.Rename(name);
            found.ChangeSeats(seats);
            var tooLarge = await db.Sessions.AsNoTracking()
                .Where(s => s.RoomId == found.Id && s.Kind == SessionKind.Workshop && s.SeatLimit > seats)
                .Select(s => new { s.TitleFr, s.TitleEn, s.SeatLimit }).FirstOrDefaultAsync(ct);
            if (tooLarge is not null)
            {
                return new ConflictError("Conflict.SeatLimit", new LocalizedText(tooLarge.TitleFr, tooLarge.TitleEn), tooLarge.SeatLimit!, found.Name, seats);
            }
            // A session that holds as many people as its room keeps the seats attendees already took in their agendas.
            var overbooked = await db.Sessions.AsNoTracking()
                .Where(s => s.RoomId == found.Id && !(s.Kind == SessionKind.Workshop && s.SeatLimit != null) && s.SeatsTaken > seats)
                .Select(s => new { s.TitleFr, s.TitleEn, s.SeatsTaken }).FirstOrDefaultAsync(ct);
            return overbooked is null
                ? found.Id
                : new ConflictError("Conflict.SeatsTaken", new LocalizedText(overbooked.TitleFr, overbooked.TitleEn), overbooked.SeatsTaken, found.Name, seats);
        }, ct);

    public Task<Result<int>> DeleteRoomAsync(int eventId, int id, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == id && r.EventId == eventId, ct);
            if (room is null)
            {
                return new NotFoundError("Room.NotFound");
            }
            var used = await db.Sessions.AsNoTracking().Where(s => s.RoomId == id).OrderBy(s => s.StartsAt)
                .Select(s => new { s.TitleFr, s.TitleEn }).ToListAsync(ct);
            if (used.Count > 0)
            {
                return new ConflictError("Room.InUse", room.Name, used.Count, new LocalizedText(used[0].TitleFr, used[0].TitleEn));
            }
            db.Rooms.Remove(room);
            return id;
        }, ct);

    public Task<Result<int>> SaveTrackAsync(int eventId, int? id, string nameFr, string nameEn, string color, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            if (string.IsNullOrWhiteSpace(nameFr))
            {
                return new ValidationError("NameFr", "Validation.Required");
            }
            var safeColor = System.Text.RegularExpressions.Regex.IsMatch(color ?? "", "^#[0-9a-fA-F]{6}$") ? color! : "#37474f";
            if (id is null)
            {
                var track = new Track(eventId, nameFr, nameEn, safeColor);
                db.Tracks.Add(track);
                await db.SaveChangesAsync(ct);
                return track.Id;
            }
            var found = await db.Tracks.FirstOrDefaultAsync(t => t.Id == id && t.EventId == eventId, ct);
            if (found is null)
            {
                return new NotFoundError("Track.NotFound");
            }
            found.Rename(nameFr, nameEn);
            found.Recolor(safeColor);
            return found.Id;
        }, ct);

    public Task<Result<int>> DeleteTrackAsync(int eventId, int id, CancellationToken ct = default) =>
        writes.RunAsync<int>(async db =>
        {
            var track = await db.Tracks.FirstOrDefaultAsync(t => t.Id == id && t.EventId == eventId, ct);
            if (track is null)
            {
                return new NotFoundError("Track.NotFound");
            }
            var used = await db.Sessions.CountAsync(s => s.TrackId == id, ct);
            if (used > 0)
            {
                return new ConflictError("Track.InUse", track.Name, used);
            }
            db.Tracks.Remove(track);
            return id;
        }, ct);
}

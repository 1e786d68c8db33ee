using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

public sealed record CheckpointRow(int Id, string Name, CheckpointKind Kind, string? Room, int Scans);

public sealed record RoomChoice(int Id, string Name);

/// <summary>Organizers describe where people are checked in: the venue's doors, and session rooms for attendance.</summary>
public sealed class CheckpointAdmin(IDbContextFactory<EventHubDbContext> factory, CheckpointDirectory checkpoints)
{
    public async Task<IReadOnlyList<CheckpointRow>> ListAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Checkpoints.AsNoTracking().Where(c => c.EventId == eventId)
            .OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new CheckpointRow(c.Id, c.Name, c.Kind,
                db.Rooms.Where(r => r.Id == c.RoomId).Select(r => r.Name).FirstOrDefault(),
                db.CheckInAttempts.Count(a => a.CheckpointId == c.Id)))
            .ToListAsync(ct);
    }

    /// <summary>Rooms that have no checkpoint yet.</summary>
    public async Task<IReadOnlyList<RoomChoice>> RoomsWithoutCheckpointAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Rooms.AsNoTracking()
            .Where(r => r.EventId == eventId && !db.Checkpoints.Any(c => c.RoomId == r.Id))
            .OrderBy(r => r.Name)
            .Select(r => new RoomChoice(r.Id, r.Name))
            .ToListAsync(ct);
    }

    public async Task<Result<int>> AddDoorAsync(int eventId, string name, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            return new ValidationError("Name", "Checkpoints.InvalidName");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        return !await db.Events.AnyAsync(e => e.Id == eventId, ct)
            ? new NotFoundError("Checkpoints.NoEvent")
            : await SaveAsync(db, new Checkpoint(eventId, name, CheckpointKind.Door), ct);
    }

    public async Task<Result<int>> AddRoomAsync(int eventId, int roomId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var room = await db.Rooms.AsNoTracking().Where(r => r.Id == roomId && r.EventId == eventId).Select(r => new { r.Id, r.EventId, r.Name }).FirstOrDefaultAsync(ct);
        return room is null
            ? new NotFoundError("Checkpoints.UnknownRoom")
            : await SaveAsync(db, new Checkpoint(room.EventId, room.Name, CheckpointKind.SessionRoom, room.Id), ct);
    }

    /// <summary>Deletes a checkpoint nobody has scanned at; one with recorded scans stays, for the audit trail.</summary>
    public async Task<Result<bool>> DeleteAsync(int eventId, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.CheckInAttempts.AnyAsync(a => a.CheckpointId == id, ct) || await db.CheckIns.AnyAsync(c => c.CheckpointId == id, ct))
        {
            return new ConflictError("Checkpoints.InUse");
        }
        var deleted = await db.Checkpoints.Where(c => c.Id == id && c.EventId == eventId).ExecuteDeleteAsync(ct) == 1;
        checkpoints.ForgetCheckpoints();
        return deleted;
    }

    private async Task<Result<int>> SaveAsync(EventHubDbContext db, Checkpoint checkpoint, CancellationToken ct)
    {
        db.Checkpoints.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return new ConflictError("Checkpoints.NameTaken", checkpoint.Name);
        }
        checkpoints.ForgetCheckpoints();
        return checkpoint.Id;
    }
}

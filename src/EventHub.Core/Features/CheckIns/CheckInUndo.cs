using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>Takes back a mistaken check-in, only by whoever made it and only within <see cref="UndoWindow"/>.</summary>
public sealed class CheckInUndo(IDbContextFactory<EventHubDbContext> factory, TimeProvider time, WriteGate gate, ICheckInFeed feed)
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(5);

    public async Task<bool> UndoAsync(long checkInId, CheckInActor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - UndoWindow;
        await using var db = await factory.CreateDbContextAsync(ct);
        int checkpointId;
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var undone = await db.CheckIns
                .Where(c => c.Id == checkInId && c.UndoneAt == null && c.CheckedInAt >= since
                    && c.StaffUserId == actor.StaffUserId && c.DeviceId == actor.DeviceId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UndoneAt, now), ct);
            if (undone != 1)
            {
                return false;
            }
            var checkIn = await db.CheckIns.AsNoTracking().Where(c => c.Id == checkInId).Select(c => new { c.CheckpointId, c.RegistrationId }).FirstAsync(ct);
            checkpointId = checkIn.CheckpointId;
            db.CheckInAttempts.Add(new CheckInAttempt(checkpointId, actor.StaffUserId, actor.DeviceId, checkIn.RegistrationId, CheckInOutcome.Undone, now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        feed.Publish(new CheckInNotice(checkpointId, CheckInOutcome.Undone, now));
        return true;
    }
}

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
            var checkIn = await db.CheckIns
                .FirstOrDefaultAsync(c => c.Id == checkInId && c.UndoneAt == null && c.CheckedInAt >= since
                    && c.StaffUserId == actor.StaffUserId && c.DeviceId == actor.DeviceId, ct);
            if (checkIn is null)
            {
                return false;
            }
            checkIn.Undo(now);
            checkpointId = checkIn.CheckpointId;
            db.CheckInAttempts.Add(new CheckInAttempt(checkpointId, actor.StaffUserId, actor.DeviceId, checkIn.RegistrationId, CheckInOutcome.Undone, now));
            try
            {
                // One SaveChanges writes the undo and its audit entry in one transaction.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Undone meanwhile (another instance, the same button twice): only the first undo counts.
                return false;
            }
        }
        feed.Publish(new CheckInNotice(checkpointId, CheckInOutcome.Undone, now));
        return true;
    }
}

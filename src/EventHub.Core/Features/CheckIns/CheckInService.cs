using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>Who scans: a signed-in staff member or a device with a token.</summary>
public sealed record CheckInActor(string? StaffUserId, int? DeviceId)
{
    public static CheckInActor Staff(string userId) => new(userId, null);

    public static CheckInActor Device(int deviceId) => new(null, deviceId);
}

/// <summary>The answer shown at the door. Holds a name and a ticket type, never an e-mail.</summary>
public sealed record ScanAnswer(
    CheckInOutcome Outcome,
    string? FirstName = null,
    string? LastName = null,
    LocalizedText? TicketType = null,
    DateTime? FirstCheckedInAt = null,
    string? FirstCheckpoint = null,
    long? CheckInId = null);

public sealed record CheckpointChoice(int Id, string Name, CheckpointKind Kind);

/// <summary>
/// Checks attendees in. "Only the first scan counts" is decided by the database: a unique index on
/// (registration, attendance) among live check-ins refuses the second insert, however many doors race.
/// </summary>
public sealed class CheckInService(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public async Task<IReadOnlyList<CheckpointChoice>> CheckpointsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Checkpoints.AsNoTracking()
            .OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new CheckpointChoice(c.Id, c.Name, c.Kind))
            .ToListAsync(ct);
    }

    public async Task<Result<ScanAnswer>> ScanAsync(string? input, int checkpointId, CheckInActor actor, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var checkpoint = await db.Checkpoints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == checkpointId, ct);
        if (checkpoint is null)
        {
            return new NotFoundError("CheckIn.UnknownCheckpoint");
        }
        var code = BadgeCodes.Normalize(input);
        var person = code is null
            ? null
            : await db.Registrations.AsNoTracking()
                .Where(r => r.BadgeCode == code && r.EventId == checkpoint.EventId)
                .Select(r => new { r.Id, r.Status, r.FirstName, r.LastName, r.TicketType!.NameFr, r.TicketType.NameEn })
                .FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (person is null || person.Status != RegistrationStatus.Confirmed)
        {
            var outcome = person is null ? CheckInOutcome.Invalid
                : person.Status == RegistrationStatus.Cancelled ? CheckInOutcome.Cancelled
                : CheckInOutcome.Waitlisted;
            db.CheckInAttempts.Add(new CheckInAttempt(checkpoint.Id, actor.StaffUserId, actor.DeviceId, person?.Id, outcome, now));
            await db.SaveChangesAsync(ct);
            return new ScanAnswer(outcome);
        }

        var ticket = new LocalizedText(person.NameFr, person.NameEn);
        var checkIn = new CheckIn(person.Id, checkpoint.Id, CheckIn.EventAttendance, actor.StaffUserId, actor.DeviceId, now);
        db.CheckIns.Add(checkIn);
        db.CheckInAttempts.Add(new CheckInAttempt(checkpoint.Id, actor.StaffUserId, actor.DeviceId, person.Id, CheckInOutcome.CheckedIn, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return new ScanAnswer(CheckInOutcome.CheckedIn, person.FirstName, person.LastName, ticket, now, checkpoint.Name, checkIn.Id);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var first = await db.CheckIns.AsNoTracking()
            .Where(c => c.RegistrationId == person.Id && c.AttendanceKey == CheckIn.EventAttendance && c.UndoneAt == null)
            .Select(c => new { c.CheckedInAt, Checkpoint = db.Checkpoints.Where(p => p.Id == c.CheckpointId).Select(p => p.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (first is null)
        {
            // The insert failed for another reason than an earlier check-in: an infrastructure fault.
            throw new InvalidOperationException("The check-in could not be stored.");
        }
        db.CheckInAttempts.Add(new CheckInAttempt(checkpoint.Id, actor.StaffUserId, actor.DeviceId, person.Id, CheckInOutcome.AlreadyCheckedIn, now));
        await db.SaveChangesAsync(ct);
        return new ScanAnswer(CheckInOutcome.AlreadyCheckedIn, person.FirstName, person.LastName, ticket, first.CheckedInAt, first.Checkpoint);
    }
}

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

/// <summary>
/// The answer shown at the door. Holds a name and a ticket type, never an e-mail. <see cref="AlreadyRecorded"/>: an
/// offline scan sent again, whose first decision is repeated and nothing recorded.
/// </summary>
public sealed record ScanAnswer(
    CheckInOutcome Outcome,
    string? FirstName = null,
    string? LastName = null,
    LocalizedText? TicketType = null,
    DateTime? FirstCheckedInAt = null,
    string? FirstCheckpoint = null,
    long? CheckInId = null,
    bool AlreadyRecorded = false);

/// <summary>
/// Checks attendees in at a door or a room: a scanned badge, a person found by name search, or an attempt
/// refused before it reached the badge. Scans are decided and written by the <see cref="ScanRecorder"/>;
/// "only the first scan counts" rests on the database: a unique index on (registration, attendance) among
/// live check-ins refuses a second insert, however many doors or instances race. Every attempt is logged;
/// live views hear about it after the commit.
/// </summary>
public sealed class CheckInDesk(IDbContextFactory<EventHubDbContext> factory, TimeProvider time, CheckpointDirectory checkpoints, ScanRecorder recorder, ICheckInFeed feed)
{
    public static readonly TimeSpan SessionCheckInLead = TimeSpan.FromMinutes(15);

    public Task<Result<ScanAnswer>> ScanAsync(string? input, int checkpointId, CheckInActor actor, CancellationToken ct = default)
    {
        var code = BadgeCodes.Normalize(input);
        // Something that cannot be a badge code is still an attempt, and is logged as one.
        return CheckInAsync(checkpointId, actor, place => new ScanRequest(place, actor, time.GetUtcNow().UtcDateTime, Code: code,
            Refused: code is null ? CheckInOutcome.Invalid : null), ct);
    }

    /// <summary>Checks in a person found by name search (a forgotten badge).</summary>
    public Task<Result<ScanAnswer>> CheckInRegistrationAsync(int registrationId, int checkpointId, CheckInActor actor, CancellationToken ct = default) =>
        CheckInAsync(checkpointId, actor, place => new ScanRequest(place, actor, time.GetUtcNow().UtcDateTime, RegistrationId: registrationId), ct);

    /// <summary>Logs an attempt refused before it reached the badge (rate limit), so that every attempt is on record.</summary>
    public async Task LogRefusedAsync(int checkpointId, CheckInActor actor, CheckInOutcome outcome, CancellationToken ct = default)
    {
        var checkpoint = await checkpoints.FindAsync(checkpointId, ct);
        var place = new ScanPlace(checkpointId, checkpoint?.EventId ?? 0, checkpoint?.Name ?? "", CheckIn.EventAttendance);
        await recorder.DecideAsync(new ScanRequest(place, actor, time.GetUtcNow().UtcDateTime, Refused: outcome), ct);
    }

    /// <summary>
    /// Hands the scan to the <see cref="ScanRecorder"/>, which finds the person and decides in the same transaction
    /// that records it; live views hear about it after the commit.
    /// </summary>
    private async Task<Result<ScanAnswer>> CheckInAsync(int checkpointId, CheckInActor actor, Func<ScanPlace, ScanRequest> scan, CancellationToken ct)
    {
        if (await checkpoints.FindAsync(checkpointId, ct) is not { } checkpoint)
        {
            return new NotFoundError("CheckIn.UnknownCheckpoint");
        }
        var attendance = await AttendanceAsync(checkpoint, time.GetUtcNow().UtcDateTime, ct);
        var request = scan(new ScanPlace(checkpoint.Id, checkpoint.EventId, checkpoint.Name, attendance));
        var answer = await recorder.DecideAsync(request, ct);
        feed.Publish(new CheckInNotice(checkpoint.Id, answer.Outcome, request.At));
        return answer;
    }

    /// <summary>What an entry at <paramref name="checkpoint"/> counts for at <paramref name="now"/>: the event at a door, a session (or the day) in a room.</summary>
    internal async Task<string> AttendanceAsync(CheckpointInfo checkpoint, DateTime now, CancellationToken ct) =>
        (await AttendancesAsync(checkpoint, [now], ct))[0];

    /// <summary>
    /// What entries at <paramref name="checkpoint"/> made at each of <paramref name="times"/> count for, with one query
    /// for the whole list (an offline batch brings up to a thousand scans): at a door, the event; in a room, the session
    /// under way there (or starting within <see cref="SessionCheckInLead"/>), else the room itself for that day.
    /// </summary>
    internal async Task<IReadOnlyList<string>> AttendancesAsync(CheckpointInfo checkpoint, IReadOnlyList<DateTime> times, CancellationToken ct)
    {
        if (checkpoint.Kind == CheckpointKind.Door || times.Count == 0)
        {
            return times.Select(_ => CheckIn.EventAttendance).ToList();
        }
        var (earliest, latest) = (times.Min(), times.Max() + SessionCheckInLead);
        var roomId = checkpoint.RoomId!.Value;
        await using var db = await factory.CreateDbContextAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.RoomId == roomId && s.StartsAt <= latest && s.EndsAt > earliest)
            .OrderBy(s => s.StartsAt)
            .Select(s => new { s.Id, StartsAt = s.StartsAt!.Value, EndsAt = s.EndsAt!.Value })
            .ToListAsync(ct);
        return times.Select(now =>
        {
            var soon = now + SessionCheckInLead;
            var session = sessions.FirstOrDefault(s => s.StartsAt <= soon && s.EndsAt > now);
            return session is not null ? CheckIn.SessionAttendance(session.Id) : $"room:{checkpoint.Id}:{now:yyyyMMdd}";
        }).ToList();
    }
}

using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Text;
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

/// <summary>A person found by name at the door: what staff need to recognise them, no e-mail.</summary>
public sealed record PersonMatch(int RegistrationId, string FirstName, string LastName, string? Organization, LocalizedText TicketType, RegistrationStatus Status);

/// <summary>
/// Checks attendees in. Scans are decided and written by the <see cref="ScanRecorder"/>; "only the first
/// scan counts" rests on the database: a unique index on (registration, attendance) among live check-ins
/// refuses a second insert, however many doors or instances race. Every attempt is logged; live views
/// hear about it after the commit.
/// </summary>
public sealed class CheckInService(IDbContextFactory<EventHubDbContext> factory, TimeProvider time, WriteGate gate, ScanRecorder recorder, ICheckInFeed feed)
{
    public const int SearchLimit = 20;
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan SessionEntryLead = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan CheckpointsCacheFor = TimeSpan.FromSeconds(30);
    private volatile CheckpointCache? _checkpoints;

    public async Task<IReadOnlyList<CheckpointChoice>> CheckpointsAsync(CancellationToken ct = default) =>
        (await CachedCheckpointsAsync(ct)).Select(c => new CheckpointChoice(c.Id, c.Name, c.Kind)).ToList();

    /// <summary>Doors and rooms change rarely and every scan needs them: they are re-read every 30 seconds.</summary>
    private async Task<IReadOnlyList<CheckpointInfo>> CachedCheckpointsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_checkpoints is { } cached && cached.Until > now)
        {
            return cached.Checkpoints;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var checkpoints = await db.Checkpoints.AsNoTracking()
            .OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new CheckpointInfo(c.Id, c.EventId, c.Name, c.Kind, c.RoomId))
            .ToListAsync(ct);
        _checkpoints = new CheckpointCache(checkpoints, now + CheckpointsCacheFor);
        return checkpoints;
    }

    /// <summary>Drops the cached doors and rooms after an organizer changes them.</summary>
    public void ForgetCheckpoints()
    {
        _checkpoints = null;
        CheckpointsForgotten?.Invoke();
    }

    /// <summary>Raised when the cached doors and rooms are dropped (for the instances' backplane).</summary>
    public event Action? CheckpointsForgotten;

    private sealed record CheckpointInfo(int Id, int EventId, string Name, CheckpointKind Kind, int? RoomId);

    private sealed record CheckpointCache(IReadOnlyList<CheckpointInfo> Checkpoints, DateTime Until);

    /// <summary>A checkpoint named by its id or its name (case-insensitive), as scanners send it.</summary>
    public async Task<int?> ResolveCheckpointAsync(string idOrName, CancellationToken ct = default)
    {
        var checkpoints = await CachedCheckpointsAsync(ct);
        return int.TryParse(idOrName, out var id) && checkpoints.Any(c => c.Id == id)
            ? id
            : checkpoints.FirstOrDefault(c => string.Equals(c.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }

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

    /// <summary>Name or e-mail prefix search, accents and case ignored; e-mails are matched but never returned.</summary>
    public async Task<IReadOnlyList<PersonMatch>> SearchAsync(string? text, CancellationToken ct = default)
    {
        var terms = SearchText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (terms.Length == 0 || terms.Sum(t => t.Length) < 2)
        {
            return [];
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Registrations.AsNoTracking().Where(r => r.ErasedAt == null);
        var emailPrefix = SearchText.Email(text!) + "%";
        if (terms.Length == 1 && text!.Contains('@'))
        {
            query = query.Where(r => EF.Functions.Like(r.NormalizedEmail!, emailPrefix));
        }
        else
        {
            foreach (var term in terms)
            {
                var starts = term + "%";
                var wordStarts = "% " + term + "%";
                query = terms.Length == 1
                    ? query.Where(r => EF.Functions.Like(r.SearchKey, starts) || EF.Functions.Like(r.SearchKey, wordStarts) || EF.Functions.Like(r.NormalizedEmail!, emailPrefix))
                    : query.Where(r => EF.Functions.Like(r.SearchKey, starts) || EF.Functions.Like(r.SearchKey, wordStarts));
            }
        }
        return await query
            .OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Take(SearchLimit)
            .Select(r => new PersonMatch(r.Id, r.FirstName, r.LastName, r.Organization, new LocalizedText(r.TicketType!.NameFr, r.TicketType.NameEn), r.Status))
            .ToListAsync(ct);
    }

    /// <summary>Takes back a mistaken check-in, only by whoever made it and only within <see cref="UndoWindow"/>.</summary>
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

    /// <summary>Logs an attempt refused before it reached the badge (rate limit), so that every attempt is on record.</summary>
    public async Task LogRefusedAsync(int checkpointId, CheckInActor actor, CheckInOutcome outcome, CancellationToken ct = default)
    {
        var checkpoint = (await CachedCheckpointsAsync(ct)).FirstOrDefault(c => c.Id == checkpointId);
        var place = new ScanPlace(checkpointId, checkpoint?.EventId ?? 0, checkpoint?.Name ?? "", CheckIn.EventAttendance);
        await recorder.DecideAsync(new ScanRequest(place, actor, time.GetUtcNow().UtcDateTime, Refused: outcome), ct);
    }

    /// <summary>
    /// Hands the scan to the <see cref="ScanRecorder"/>, which finds the person and decides in the same transaction
    /// that records it; live views hear about it after the commit.
    /// </summary>
    private async Task<Result<ScanAnswer>> CheckInAsync(int checkpointId, CheckInActor actor, Func<ScanPlace, ScanRequest> scan, CancellationToken ct)
    {
        if ((await CachedCheckpointsAsync(ct)).FirstOrDefault(c => c.Id == checkpointId) is not { } checkpoint)
        {
            return new NotFoundError("CheckIn.UnknownCheckpoint");
        }
        var attendance = checkpoint.Kind == CheckpointKind.Door
            ? CheckIn.EventAttendance
            : await RoomAttendanceAsync(checkpoint.Id, checkpoint.RoomId!.Value, time.GetUtcNow().UtcDateTime, ct);
        var request = scan(new ScanPlace(checkpoint.Id, checkpoint.EventId, checkpoint.Name, attendance));
        var answer = await recorder.DecideAsync(request, ct);
        feed.Publish(new CheckInNotice(checkpoint.Id, answer.Outcome, request.At));
        return answer;
    }

    /// <summary>
    /// What an entry into a session room counts for: the session under way there (or starting within
    /// <see cref="SessionEntryLead"/>), else the room itself for that day.
    /// </summary>
    private async Task<string> RoomAttendanceAsync(int checkpointId, int roomId, DateTime now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var soon = now + SessionEntryLead;
        var sessionId = await db.Sessions.AsNoTracking()
            .Where(s => s.RoomId == roomId && s.StartsAt <= soon && s.EndsAt > now)
            .OrderBy(s => s.StartsAt)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(ct);
        return sessionId is { } id ? CheckIn.SessionAttendance(id) : $"room:{checkpointId}:{now:yyyyMMdd}";
    }
}

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
/// Checks attendees in. "Only the first scan counts" is decided by the database: a unique index on
/// (registration, attendance) among live check-ins refuses the second insert, however many doors race.
/// Every attempt is logged; live views hear about it after the commit.
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
    public void ForgetCheckpoints() => _checkpoints = null;

    private sealed record CheckpointInfo(int Id, int EventId, string Name, CheckpointKind Kind, int? RoomId);

    private sealed record CheckpointCache(IReadOnlyList<CheckpointInfo> Checkpoints, DateTime Until);

    /// <summary>A checkpoint named by its id or its name (case-insensitive), as scanners send it.</summary>
    public async Task<int?> ResolveCheckpointAsync(string idOrName, CancellationToken ct = default)
    {
        var checkpoints = await CheckpointsAsync(ct);
        return int.TryParse(idOrName, out var id) && checkpoints.Any(c => c.Id == id)
            ? id
            : checkpoints.FirstOrDefault(c => string.Equals(c.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }

    public Task<Result<ScanAnswer>> ScanAsync(string? input, int checkpointId, CheckInActor actor, CancellationToken ct = default)
    {
        var code = BadgeCodes.Normalize(input);
        return CheckInAsync(
            (db, eventId, attendance, token) => code is null ? Task.FromResult<PersonRow?>(null) : PersonByCode(db, code, eventId, attendance, token),
            checkpointId, actor, ct);
    }

    /// <summary>Checks in a person found by name search (a forgotten badge).</summary>
    public Task<Result<ScanAnswer>> CheckInRegistrationAsync(int registrationId, int checkpointId, CheckInActor actor, CancellationToken ct = default) =>
        CheckInAsync((db, eventId, attendance, token) => PersonById(db, registrationId, eventId, attendance, token), checkpointId, actor, ct);

    /// <summary>
    /// The person behind a badge and the time of their earlier entry, if any: one round trip, compiled once (it runs for
    /// every scan). Per instance, because a compiled query is bound to the model of the contexts it first ran with.
    /// </summary>
    private readonly Func<EventHubDbContext, string, int, string, CancellationToken, Task<PersonRow?>> PersonByCode =
        EF.CompileAsyncQuery((EventHubDbContext db, string code, int eventId, string attendance, CancellationToken ct) =>
            db.Registrations.AsNoTracking()
                .Where(r => r.BadgeCode == code && r.EventId == eventId)
                .Select(r => new PersonRow(r.Id, r.Status, r.FirstName, r.LastName, r.TicketType!.NameFr, r.TicketType.NameEn,
                    db.CheckIns.Where(c => c.RegistrationId == r.Id && c.AttendanceKey == attendance && c.UndoneAt == null)
                        .Select(c => (DateTime?)c.CheckedInAt).FirstOrDefault()))
                .FirstOrDefault());

    private readonly Func<EventHubDbContext, int, int, string, CancellationToken, Task<PersonRow?>> PersonById =
        EF.CompileAsyncQuery((EventHubDbContext db, int registrationId, int eventId, string attendance, CancellationToken ct) =>
            db.Registrations.AsNoTracking()
                .Where(r => r.Id == registrationId && r.EventId == eventId)
                .Select(r => new PersonRow(r.Id, r.Status, r.FirstName, r.LastName, r.TicketType!.NameFr, r.TicketType.NameEn,
                    db.CheckIns.Where(c => c.RegistrationId == r.Id && c.AttendanceKey == attendance && c.UndoneAt == null)
                        .Select(c => (DateTime?)c.CheckedInAt).FirstOrDefault()))
                .FirstOrDefault());

    private sealed record PersonRow(int Id, RegistrationStatus Status, string FirstName, string LastName, string NameFr, string NameEn, DateTime? EarlierAt);

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
    public Task LogRefusedAsync(int checkpointId, CheckInActor actor, CheckInOutcome outcome, CancellationToken ct = default) =>
        recorder.RecordAsync(new ScanRecord(checkpointId, actor, null, outcome, null, time.GetUtcNow().UtcDateTime), ct);

    private async Task<Result<ScanAnswer>> CheckInAsync(
        Func<EventHubDbContext, int, string, CancellationToken, Task<PersonRow?>> find, int checkpointId, CheckInActor actor, CancellationToken ct)
    {
        var checkpoint = (await CachedCheckpointsAsync(ct)).FirstOrDefault(c => c.Id == checkpointId);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (checkpoint is null)
        {
            return new NotFoundError("CheckIn.UnknownCheckpoint");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var attendance = checkpoint.Kind == CheckpointKind.Door
            ? CheckIn.EventAttendance
            : await RoomAttendanceAsync(db, checkpoint.Id, checkpoint.RoomId!.Value, now, ct);
        var person = await find(db, checkpoint.EventId, attendance, ct);

        ScanAnswer answer;
        if (person is null || person.Status != RegistrationStatus.Confirmed)
        {
            var outcome = person is null ? CheckInOutcome.Invalid
                : person.Status == RegistrationStatus.Cancelled ? CheckInOutcome.Cancelled
                : CheckInOutcome.Waitlisted;
            await recorder.RecordAsync(new ScanRecord(checkpoint.Id, actor, person?.Id, outcome, null, now), ct);
            answer = new ScanAnswer(outcome);
        }
        else
        {
            var ticket = new LocalizedText(person.NameFr, person.NameEn);
            // Most repeated scans are answered by the read above; the unique index settles true races.
            var earlier = person.EarlierAt is null ? null : await FirstCheckInAsync(db, person.Id, attendance, ct);
            long? checkInId = null;
            if (earlier is null)
            {
                checkInId = await recorder.RecordAsync(new ScanRecord(checkpoint.Id, actor, person.Id, CheckInOutcome.CheckedIn, attendance, now), ct);
                earlier = checkInId is null
                    ? await FirstCheckInAsync(db, person.Id, attendance, ct) ?? throw new InvalidOperationException("The check-in was refused although no earlier check-in exists.")
                    : null;
            }
            else
            {
                await recorder.RecordAsync(new ScanRecord(checkpoint.Id, actor, person.Id, CheckInOutcome.AlreadyCheckedIn, null, now), ct);
            }
            answer = earlier is null
                ? new ScanAnswer(CheckInOutcome.CheckedIn, person.FirstName, person.LastName, ticket, now, checkpoint.Name, checkInId)
                : new ScanAnswer(CheckInOutcome.AlreadyCheckedIn, person.FirstName, person.LastName, ticket, earlier.CheckedInAt, earlier.Checkpoint);
        }
        feed.Publish(new CheckInNotice(checkpoint.Id, answer.Outcome, now));
        return answer;
    }

    private sealed record EarlierCheckIn(DateTime CheckedInAt, string Checkpoint);

    private static Task<EarlierCheckIn?> FirstCheckInAsync(EventHubDbContext db, int registrationId, string attendance, CancellationToken ct) =>
        db.CheckIns.AsNoTracking()
            .Where(c => c.RegistrationId == registrationId && c.AttendanceKey == attendance && c.UndoneAt == null)
            .Select(c => new EarlierCheckIn(c.CheckedInAt, db.Checkpoints.Where(p => p.Id == c.CheckpointId).Select(p => p.Name).First()))
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// What an entry into a session room counts for: the session under way there (or starting within
    /// <see cref="SessionEntryLead"/>), else the room itself for that day.
    /// </summary>
    private static async Task<string> RoomAttendanceAsync(EventHubDbContext db, int checkpointId, int roomId, DateTime now, CancellationToken ct)
    {
        var soon = now + SessionEntryLead;
        var sessionId = await db.Sessions.AsNoTracking()
            .Where(s => s.RoomId == roomId && s.StartsAt <= soon && s.EndsAt > now)
            .OrderBy(s => s.StartsAt)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(ct);
        return sessionId is { } id ? CheckIn.SessionAttendance(id) : $"room:{checkpointId}:{now:yyyyMMdd}";
    }
}
